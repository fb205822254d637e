package io.podlint.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {

    private static final String H32 = "0123456789abcdef".repeat(2);
    private static final String H64 = "0123456789abcdef".repeat(4);
    private static final String H96 = "0123456789abcdef".repeat(6);
    private static final String H128 = "0123456789abcdef".repeat(8);

    private static final String INVALID = "invalid reference format";
    private static final String UPPERCASE = "repository name must be lowercase";
    private static final String TOO_LONG = "repository name must not be more than 255 characters";
    private static final String DIGEST_FORMAT = "invalid checksum digest format";
    private static final String DIGEST_LENGTH = "invalid checksum digest length";
    private static final String DIGEST_UNSUPPORTED = "unsupported digest algorithm";

    private static String lowercaseError(String remote) {
        return "invalid reference format: repository name (" + remote + ") must be lowercase";
    }

    // ---------------------------------------------------------------------------------------------
    // Valid references: exact parts

    static Stream<Arguments> validReferences() {
        return Stream.of(
                // image, domain, path, tag, digest, domainImplicit, normalized, default pull policy
                valid("nginx", "docker.io", "library/nginx", null, null, true,
                        "docker.io/library/nginx:latest", "Always"),
                valid("nginx:1.27", "docker.io", "library/nginx", "1.27", null, true,
                        "docker.io/library/nginx:1.27", "IfNotPresent"),
                valid("nginx:latest", "docker.io", "library/nginx", "latest", null, true,
                        "docker.io/library/nginx:latest", "Always"),
                valid("nginx:Latest", "docker.io", "library/nginx", "Latest", null, true,
                        "docker.io/library/nginx:Latest", "IfNotPresent"),
                valid("nginx:_x", "docker.io", "library/nginx", "_x", null, true,
                        "docker.io/library/nginx:_x", "IfNotPresent"),
                valid("example.com/latest:v1", "example.com", "latest", "v1", null, false,
                        "example.com/latest:v1", "IfNotPresent"),
                valid("registry:5000/app", "registry:5000", "app", null, null, false,
                        "registry:5000/app:latest", "Always"),
                valid("localhost:5000", "docker.io", "library/localhost", "5000", null, true,
                        "docker.io/library/localhost:5000", "IfNotPresent"),
                valid("localhost", "docker.io", "library/localhost", null, null, true,
                        "docker.io/library/localhost:latest", "Always"),
                valid("localhost/app", "localhost", "app", null, null, false,
                        "localhost/app:latest", "Always"),
                valid("index.docker.io/foo", "docker.io", "library/foo", null, null, false,
                        "docker.io/library/foo:latest", "Always"),
                valid("index.docker.io/foo/bar:1", "docker.io", "foo/bar", "1", null, false,
                        "docker.io/foo/bar:1", "IfNotPresent"),
                valid("docker.io/nginx", "docker.io", "library/nginx", null, null, false,
                        "docker.io/library/nginx:latest", "Always"),
                valid("docker.io/library/nginx:1", "docker.io", "library/nginx", "1", null, false,
                        "docker.io/library/nginx:1", "IfNotPresent"),
                valid("foo/bar", "docker.io", "foo/bar", null, null, true,
                        "docker.io/foo/bar:latest", "Always"),
                valid("[::1]:5000/app:1", "[::1]:5000", "app", "1", null, false,
                        "[::1]:5000/app:1", "IfNotPresent"),
                valid("[2001:DB8::1]/app", "[2001:DB8::1]", "app", null, null, false,
                        "[2001:DB8::1]/app:latest", "Always"),
                valid("127.0.0.1:5000/ns/app:v2", "127.0.0.1:5000", "ns/app", "v2", null, false,
                        "127.0.0.1:5000/ns/app:v2", "IfNotPresent"),
                valid("MyOrg/app", "MyOrg", "app", null, null, false,
                        "MyOrg/app:latest", "Always"),
                valid("Foo.Example.COM/app", "Foo.Example.COM", "app", null, null, false,
                        "Foo.Example.COM/app:latest", "Always"),
                valid("gcr.io/proj/img:tag", "gcr.io", "proj/img", "tag", null, false,
                        "gcr.io/proj/img:tag", "IfNotPresent"),
                valid("quay.io:443/a/b", "quay.io:443", "a/b", null, null, false,
                        "quay.io:443/a/b:latest", "Always"),
                valid("a__b", "docker.io", "library/a__b", null, null, true,
                        "docker.io/library/a__b:latest", "Always"),
                valid("a---b", "docker.io", "library/a---b", null, null, true,
                        "docker.io/library/a---b:latest", "Always"),
                valid("a.b_c-d__e", "docker.io", "library/a.b_c-d__e", null, null, true,
                        "docker.io/library/a.b_c-d__e:latest", "Always"),
                // '_' makes "a_b.com" no host name, so the grammar reads the whole name as a path: no domain.
                valid("a_b.com/foo", "", "a_b.com/foo", null, null, false,
                        "a_b.com/foo:latest", "Always"),
                valid("nginx@sha256:" + H64, "docker.io", "library/nginx", null, "sha256:" + H64, true,
                        "docker.io/library/nginx@sha256:" + H64, "IfNotPresent"),
                valid("nginx:1.0@sha256:" + H64, "docker.io", "library/nginx", "1.0", "sha256:" + H64, true,
                        "docker.io/library/nginx@sha256:" + H64, "IfNotPresent"),
                valid("nginx:latest@sha256:" + H64, "docker.io", "library/nginx", "latest", "sha256:" + H64, true,
                        "docker.io/library/nginx@sha256:" + H64, "Always"),
                valid("app@sha384:" + H96, "docker.io", "library/app", null, "sha384:" + H96, true,
                        "docker.io/library/app@sha384:" + H96, "IfNotPresent"),
                valid("ghcr.io/o/app@sha512:" + H128, "ghcr.io", "o/app", null, "sha512:" + H128, false,
                        "ghcr.io/o/app@sha512:" + H128, "IfNotPresent"),
                valid(H64 + ":v1", "docker.io", "library/" + H64, "v1", null, true,
                        "docker.io/library/" + H64 + ":v1", "IfNotPresent"));
    }

    private static Arguments valid(String image, String domain, String path, String tag, String digest,
                                   boolean implicit, String normalized, String policy) {
        return Arguments.of(image, domain, path, tag, digest, implicit, normalized, policy);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validReferences")
    void parsesValidReference(String image, String domain, String path, String tag, String digest,
                              boolean implicit, String normalized, String policy) {
        ImageReference ref = ImageReference.parse(image);

        assertThat(ref.isValid()).as("valid").isTrue();
        assertThat(ref.error()).isEmpty();
        assertThat(ref.errorOffset()).isZero();
        assertThat(ref.original()).isEqualTo(image);
        assertThat(ref.domain()).isEqualTo(domain);
        assertThat(ref.path()).isEqualTo(path);
        assertThat(ref.tag()).isEqualTo(Optional.ofNullable(tag));
        assertThat(ref.digest()).isEqualTo(Optional.ofNullable(digest));
        assertThat(ref.hasTag()).isEqualTo(tag != null);
        assertThat(ref.hasDigest()).isEqualTo(digest != null);
        assertThat(ref.domainImplicit()).isEqualTo(implicit);
        assertThat(ref.normalized()).isEqualTo(normalized);
        assertThat(ref.defaultPullPolicy()).isEqualTo(policy);
        assertThat(ref.isLatestOrUntagged()).isEqualTo(policy.equals("Always"));
        assertThat(ref.uppercaseFirstComponentTreatedAsRegistry()).isEqualTo(image.startsWith("MyOrg/"));
        assertThat(ref.hasSurroundingWhitespace()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------
    // Invalid references: exact error and offset

    static Stream<Arguments> invalidReferences() {
        return Stream.of(
                // image, error, errorOffset
                Arguments.of("myorg/MyApp", lowercaseError("myorg/MyApp"), 6),
                Arguments.of("nginx/Foo", lowercaseError("nginx/Foo"), 6),
                Arguments.of("Foo", lowercaseError("library/Foo"), 0),
                                Arguments.of("localhost:5000/Foo", lowercaseError("Foo"), 15),
                Arguments.of("gcr.io/proj/Img:1", lowercaseError("proj/Img"), 12),
                // Go quirk: the remote name ends at the first ':', so "@SHA256" is checked for case.
                Arguments.of("app@SHA256:" + H64, lowercaseError("library/app@SHA256"), 4),
                Arguments.of("My_Org/app", UPPERCASE, 0),
                // Go quirk: strings.ToLower maps KELVIN SIGN to 'k', so the lowercased string is valid.
                Arguments.of("nginx:\u212A", UPPERCASE, 6),
                Arguments.of(H64, "invalid repository name (" + H64
                        + "), cannot specify 64-byte hexadecimal strings", 0),
                Arguments.of("https://nginx", INVALID, 5),
                Arguments.of("nginx:", INVALID, 5),
                Arguments.of("nginx@", INVALID, 5),
                Arguments.of("nginx:1:2", INVALID, 7),
                Arguments.of("nginx/foo:Bar/X", INVALID, 9),
                Arguments.of("nginx:.x", INVALID, 6),
                Arguments.of("nginx:-x", INVALID, 6),
                Arguments.of("nginx:" + "a".repeat(129), INVALID, 6 + 128),
                Arguments.of("a___b", INVALID, 3),
                Arguments.of("a.-b", INVALID, 2),
                Arguments.of("a..b", INVALID, 2),
                Arguments.of("a_-b", INVALID, 2),
                Arguments.of("-a", INVALID, 0),
                Arguments.of("a-", INVALID, 1),
                Arguments.of("foo//bar", INVALID, 4),
                Arguments.of("foo.com/bar/", INVALID, 11),
                Arguments.of("example.com:/app", INVALID, 11),
                Arguments.of("-foo.com/app", INVALID, 0),
                Arguments.of("foo-.com/app", INVALID, 3),
                Arguments.of("my_registry.com:5000/app", INVALID, 2),
                Arguments.of("[fe80::1%eth0]:5000/app", INVALID, 8),
                Arguments.of("[]:5000/app", INVALID, 1),
                Arguments.of("ngi nx", INVALID, 3),
                Arguments.of("", INVALID, 0),
                Arguments.of("   ", INVALID, 0),
                Arguments.of(" nginx", INVALID, 0),
                Arguments.of("nginx ", INVALID, 5),
                Arguments.of("nginx\n", INVALID, 5),
                Arguments.of("\tnginx:1\n", INVALID, 0),
                Arguments.of("app@sha256:abcd", INVALID, 11),
                Arguments.of("app@sha256:" + H64 + "g", INVALID, 11 + 64),
                Arguments.of("app@sha256:" + H64.toUpperCase(), DIGEST_FORMAT, 11 + 10),
                Arguments.of("app@sha256:" + "ABCD" + H64.substring(4), DIGEST_FORMAT, 11),
                Arguments.of("app:1@SHA256:" + H64, DIGEST_FORMAT, 6),
                Arguments.of("app@sha256:" + H32, DIGEST_LENGTH, 11),
                Arguments.of("app@sha256:" + H64 + "0", DIGEST_LENGTH, 11),
                Arguments.of("app@sha512:" + H64, DIGEST_LENGTH, 11),
                Arguments.of("app@md5:" + H32, DIGEST_UNSUPPORTED, 4),
                Arguments.of("app@sha1:" + H32 + "01234567", DIGEST_UNSUPPORTED, 4),
                Arguments.of("app@sha256+b64:" + H64, DIGEST_UNSUPPORTED, 4),
                Arguments.of("example.com/" + "a".repeat(256), TOO_LONG, 12 + 255),
                Arguments.of("a".repeat(248), TOO_LONG, 247),
                Arguments.of("a/" + "b".repeat(254), TOO_LONG, 255));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} @{2}")
    @MethodSource("invalidReferences")
    void rejectsInvalidReference(String image, String error, int offset) {
        ImageReference ref = ImageReference.parse(image);

        assertThat(ref.isValid()).as("valid").isFalse();
        assertThat(ref.error()).contains(error);
        assertThat(ref.errorOffset()).as("errorOffset").isEqualTo(offset);
        assertThat(ref.original()).isEqualTo(image);
        assertThat(ref.domain()).isEmpty();
        assertThat(ref.path()).isEmpty();
        assertThat(ref.tag()).isEmpty();
        assertThat(ref.digest()).isEmpty();
        assertThat(ref.hasTag()).isFalse();
        assertThat(ref.hasDigest()).isFalse();
        assertThat(ref.domainImplicit()).isFalse();
        assertThat(ref.uppercaseFirstComponentTreatedAsRegistry()).isFalse();
        assertThat(ref.normalized()).isEmpty();
        assertThat(ref.isLatestOrUntagged()).isFalse();
        assertThat(ref.defaultPullPolicy()).as("unparsable -> IfNotPresent").isEqualTo("IfNotPresent");
    }

    // ---------------------------------------------------------------------------------------------
    // Focused cases

    @Test
    void uppercaseFirstComponentIsTakenAsRegistry() {
        ImageReference ref = ImageReference.parse("MyOrg/app:1.0");
        assertThat(ref.isValid()).isTrue();
        assertThat(ref.domain()).isEqualTo("MyOrg");
        assertThat(ref.path()).isEqualTo("app");
        assertThat(ref.uppercaseFirstComponentTreatedAsRegistry()).isTrue();
        assertThat(ref.domainImplicit()).isFalse();

        assertThat(ImageReference.parse("myorg/app").uppercaseFirstComponentTreatedAsRegistry()).isFalse();
        assertThat(ImageReference.parse("Foo.io/app").uppercaseFirstComponentTreatedAsRegistry()).isFalse();
        assertThat(ImageReference.parse("Foo:5000/app").uppercaseFirstComponentTreatedAsRegistry()).isFalse();
    }

    @Test
    void tagAndDigestTogetherKeepBothButDigestWins() {
        ImageReference ref = ImageReference.parse("nginx:1.0@sha256:" + H64);
        assertThat(ref.tag()).contains("1.0");
        assertThat(ref.digest()).contains("sha256:" + H64);
        assertThat(ref.normalized()).isEqualTo("docker.io/library/nginx@sha256:" + H64).doesNotContain("1.0");
        assertThat(ref.defaultPullPolicy()).isEqualTo("IfNotPresent");
    }

    @Test
    void tagLengthLimitIs128() {
        String t128 = "a" + "b.-_".repeat(31) + "xyz";
        assertThat(t128).hasSize(128);
        ImageReference ok = ImageReference.parse("nginx:" + t128);
        assertThat(ok.isValid()).isTrue();
        assertThat(ok.tag()).contains(t128);

        ImageReference bad = ImageReference.parse("nginx:" + t128 + "z");
        assertThat(bad.error()).contains(INVALID);
        assertThat(bad.errorOffset()).isEqualTo(6 + 128);
    }

    @Test
    void pathLengthLimitExcludesDomain() {
        String path255 = "a".repeat(255);
        String longDomain = "r".repeat(60) + "." + "s".repeat(60) + ".example.com:5000";
        ImageReference ok = ImageReference.parse(longDomain + "/" + path255);
        assertThat(ok.isValid()).isTrue();
        assertThat(ok.domain()).isEqualTo(longDomain);
        assertThat(ok.path()).hasSize(255);

        // On docker.io the implicit "library/" prefix counts: 8 + 247 = 255 is the maximum.
        assertThat(ImageReference.parse("a".repeat(247)).path()).hasSize(255);
        assertThat(ImageReference.parse("a".repeat(248)).error()).contains(TOO_LONG);
        assertThat(ImageReference.parse(longDomain + "/" + path255 + "a").error()).contains(TOO_LONG);
    }

    @Test
    void sixtyFourHexOnlyRejectedWhenWholeStringAndLowercase() {
        assertThat(ImageReference.parse(H64).error())
                .contains("invalid repository name (" + H64 + "), cannot specify 64-byte hexadecimal strings");
        assertThat(ImageReference.parse(H64.substring(1)).path()).isEqualTo("library/" + H64.substring(1));
        assertThat(ImageReference.parse("x/" + H64).path()).isEqualTo("x/" + H64);
        assertThat(ImageReference.parse(H64.toUpperCase()).error())
                .contains(lowercaseError("library/" + H64.toUpperCase()));
    }

    @Test
    void surroundingWhitespaceUsesGoTrimSpace() {
        assertThat(ImageReference.parse(" nginx").hasSurroundingWhitespace()).isTrue();
        assertThat(ImageReference.parse("nginx ").hasSurroundingWhitespace()).isTrue();
        assertThat(ImageReference.parse("\tnginx").hasSurroundingWhitespace()).isTrue();
        assertThat(ImageReference.parse("nginx\n").hasSurroundingWhitespace()).isTrue();
        assertThat(ImageReference.parse("\u00A0nginx").hasSurroundingWhitespace()).isTrue();
        assertThat(ImageReference.parse("nginx\u3000").hasSurroundingWhitespace()).isTrue();
        assertThat(ImageReference.parse("   ").hasSurroundingWhitespace()).isTrue();
        assertThat(ImageReference.parse("ngi nx").hasSurroundingWhitespace()).isFalse();
        assertThat(ImageReference.parse("nginx").hasSurroundingWhitespace()).isFalse();
        assertThat(ImageReference.parse("").hasSurroundingWhitespace()).isFalse();
        // Not whitespace for Go, although Java's Character.isWhitespace says so.
        assertThat(ImageReference.parse("\u001Cnginx").hasSurroundingWhitespace()).isFalse();
        assertThat(ImageReference.parse(" nginx").defaultPullPolicy()).isEqualTo("IfNotPresent");
    }

    @Test
    void nullIsTreatedAsEmpty() {
        ImageReference ref = ImageReference.parse(null);
        assertThat(ref.original()).isEmpty();
        assertThat(ref.error()).contains(INVALID);
        assertThat(ref.errorOffset()).isZero();
        assertThat(ref.defaultPullPolicy()).isEqualTo("IfNotPresent");
    }

    @Test
    void valueSemantics() {
        assertThat(ImageReference.parse("nginx")).isEqualTo(ImageReference.parse("nginx"))
                .hasSameHashCodeAs(ImageReference.parse("nginx"))
                .isNotEqualTo(ImageReference.parse("nginx:latest"));
        assertThat(ImageReference.parse("nginx")).hasToString("ImageReference[nginx -> docker.io/library/nginx:latest]");
        assertThat(ImageReference.parse("nginx:")).hasToString("ImageReference[nginx: invalid: invalid reference format at 5]");
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 200_000})
    void hugeInputsNeitherThrowNorHang(int n) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(ImageReference.parse("a.".repeat(n) + "a").error()).contains(TOO_LONG);
            assertThat(ImageReference.parse("a-".repeat(n) + "!").errorOffset()).isEqualTo(2 * n);
            assertThat(ImageReference.parse("x.io/" + "a/".repeat(n)).error()).contains(INVALID);
            assertThat(ImageReference.parse("[" + ":".repeat(n) + "/a").error()).contains(INVALID);
            assertThat(ImageReference.parse("a@sha256:" + "A".repeat(n)).error()).contains(DIGEST_LENGTH);
            assertThat(ImageReference.parse("Ab-".repeat(n) + "/a").error()).contains(INVALID);
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Differential test against a literal transcription of the Go code using the regexes of
    // distribution/reference (fine for short inputs; java.util.regex overflows on long ones).

    private static final String PATH = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
    private static final String DCOMP = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN = "(?:" + DCOMP + "(?:\\." + DCOMP + ")*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?";
    private static final String NAME = "(?:" + DOMAIN + "/)?" + PATH + "(?:/" + PATH + ")*";
    private static final Pattern REF = Pattern.compile("(" + NAME + ")(?::([\\w][\\w.-]{0,127}))?"
            + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?");
    private static final Pattern ANCHORED_NAME = Pattern.compile("(?:(" + DOMAIN + ")/)?(" + PATH + "(?:/" + PATH + ")*)");
    private static final Pattern GO_DIGEST = Pattern.compile("[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+");
    private static final Map<String, Integer> HEX_LENGTH = Map.of("sha256", 64, "sha384", 96, "sha512", 128);

    private static String goLower(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }

    /** ParseNormalizedNamed, transcribed; returns "OK domain|path|tag|digest" or "ERR message". */
    private static String oracle(String s) {
        if (s.matches("[a-f0-9]{64}")) {
            return "ERR invalid repository name (" + s + "), cannot specify 64-byte hexadecimal strings";
        }
        String domain;
        String remainder;
        int i = s.indexOf('/');
        if (i < 0) {
            domain = "docker.io";
            remainder = s;
        } else {
            String first = s.substring(0, i);
            if (first.equals("index.docker.io")) {
                domain = "docker.io";
                remainder = s.substring(i + 1);
            } else if (first.equals("localhost") || first.contains(".") || first.contains(":")
                    || !goLower(first).equals(first)) {
                domain = first;
                remainder = s.substring(i + 1);
            } else {
                domain = "docker.io";
                remainder = s;
            }
        }
        if (domain.equals("docker.io") && !remainder.contains("/")) {
            remainder = "library/" + remainder;
        }
        int colon = remainder.indexOf(':');
        String remote = colon >= 0 ? remainder.substring(0, colon) : remainder;
        if (!goLower(remote).equals(remote)) {
            return "ERR " + lowercaseError(remote);
        }
        String candidate = domain + "/" + remainder;
        Matcher m = REF.matcher(candidate);
        if (!m.matches()) {
            return "ERR " + (REF.matcher(goLower(candidate)).matches() ? UPPERCASE : INVALID);
        }
        Matcher n = ANCHORED_NAME.matcher(m.group(1));
        assertThat(n.matches()).isTrue();
        String d = n.group(1) == null ? "" : n.group(1);
        String p = n.group(2);
        if (p.length() > 255) {
            return "ERR " + TOO_LONG;
        }
        String digest = m.group(3);
        if (digest != null) {
            int c = digest.indexOf(':');
            String alg = digest.substring(0, c);
            String enc = digest.substring(c + 1);
            if (!HEX_LENGTH.containsKey(alg)) {
                return "ERR " + (GO_DIGEST.matcher(digest).matches() ? DIGEST_UNSUPPORTED : DIGEST_FORMAT);
            }
            if (HEX_LENGTH.get(alg) != enc.length()) {
                return "ERR " + DIGEST_LENGTH;
            }
            if (!enc.matches("[a-f0-9]+")) {
                return "ERR " + DIGEST_FORMAT;
            }
        }
        return "OK " + d + "|" + p + "|" + m.group(2) + "|" + digest;
    }

    private static String actual(ImageReference r) {
        return r.isValid()
                ? "OK " + r.domain() + "|" + r.path() + "|" + r.tag().orElse(null) + "|" + r.digest().orElse(null)
                : "ERR " + r.error().orElseThrow();
    }

    private static final String[] TOKENS = {
        "a", "b", "z", "0", "9", "A", "Q", ".", ".", "-", "-", "_", "__", ":", ":", "/", "/", "/", "@",
        "[", "]", "::1", "localhost", "docker.io", "index.docker.io", "example.com", "5000", "latest",
        "sha256:", "sha384:", "sha512:", "md5:", "SHA256:", H32, H64, H64.toUpperCase(), H96, H128, " ", "\u212A",
    };

    @Test
    void agreesWithRegexTranscriptionOnRandomTokenStrings() {
        Random random = new Random(20240611L);
        for (int iteration = 0; iteration < 40_000; iteration++) {
            StringBuilder b = new StringBuilder();
            int tokens = random.nextInt(9);
            for (int t = 0; t < tokens; t++) {
                b.append(pick(random, TOKENS));
            }
            assertAgreesWithOracle(b.toString());
        }
    }

    private static final String[] DOMAINS = {
        "", "", "", "localhost/", "index.docker.io/", "docker.io/", "example.com/", "Reg:5000/", "[::1]:5000/",
        "MyOrg/", "a_b.com/", "x-.io/", "reg:/", "My_Org/", "org/",
    };
    private static final String[] COMPONENTS = {"a", "nginx", "a__b", "a___b", "a.-b", "Foo", "x-y", "a..b", "9"};
    private static final String[] TAGS = {"", "", ":1", ":latest", ":Latest", ":.x", ":-x", ":_x", ":", ":v1.0-rc_1"};
    private static final String[] ALGORITHMS = {"sha256", "sha256", "sha384", "sha512", "md5", "SHA256", "sha256+b64"};
    private static final String[] HEXES = {H32, H64, H64, H64.toUpperCase(), H96, H128, "abcd", H64 + "g"};

    @Test
    void agreesWithRegexTranscriptionOnGrammarShapedStrings() {
        Random random = new Random(42L);
        for (int iteration = 0; iteration < 20_000; iteration++) {
            StringBuilder b = new StringBuilder(pick(random, DOMAINS));
            int components = 1 + random.nextInt(3);
            for (int c = 0; c < components; c++) {
                b.append(c == 0 ? "" : "/").append(pick(random, COMPONENTS));
            }
            b.append(pick(random, TAGS));
            if (random.nextBoolean()) {
                b.append('@').append(pick(random, ALGORITHMS)).append(':').append(pick(random, HEXES));
            }
            assertAgreesWithOracle(b.toString());
        }
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static void assertAgreesWithOracle(String image) {
        ImageReference ref = ImageReference.parse(image);
        assertThat(actual(ref)).as(image).isEqualTo(oracle(image));
        assertThat(ref.errorOffset()).as(image).isBetween(0, Math.max(0, image.length() - 1));
        if (ref.isValid()) {
            // The normalised form is a fixed point with the same repository and digest.
            ImageReference again = ImageReference.parse(ref.normalized());
            assertThat(again.normalized()).as(image).isEqualTo(ref.normalized());
            assertThat(again.domain()).as(image).isEqualTo(ref.domain());
            assertThat(again.path()).as(image).isEqualTo(ref.path());
            assertThat(again.digest()).as(image).isEqualTo(ref.digest());
        }
    }
}
