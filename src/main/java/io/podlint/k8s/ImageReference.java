package io.podlint.k8s;

import java.util.Optional;

/**
 * A container {@code image:} string parsed exactly the way the kubelet parses it.
 *
 * <p>The kubelet calls {@code reference.ParseNormalizedNamed} from {@code github.com/distribution/reference}
 * (v0.6.0, which validates digests with {@code github.com/opencontainers/go-digest} v1.0.0). This class
 * re-implements that function step by step, including its error messages and its order of checks:
 * <ol>
 *   <li>a string that is exactly 64 lowercase hex characters is rejected;</li>
 *   <li>{@code splitDockerDomain}: the first {@code /}-separated component is the registry when it is
 *       {@code localhost}, {@code index.docker.io} (normalised to {@code docker.io}), contains {@code .} or
 *       {@code :}, or contains an uppercase letter; otherwise the registry is {@code docker.io}; on
 *       {@code docker.io} a single-component path gets {@code library/} prepended;</li>
 *   <li>the remote name (the remainder up to its first {@code :}) must be lowercase;</li>
 *   <li>{@code domain + "/" + remainder} must match the reference grammar;</li>
 *   <li>the path (domain excluded) must not exceed 255 characters;</li>
 *   <li>the digest, if any, must use {@code sha256}, {@code sha384} or {@code sha512} with exactly
 *       64, 96 or 128 lowercase hex characters.</li>
 * </ol>
 *
 * <p>The grammar is matched by a hand-written scanner rather than {@link java.util.regex}: the
 * backtracking regex engine overflows the stack on long inputs, and {@link #parse} must never throw.
 * The scanner accepts exactly the language of the distribution/reference regular expressions.
 *
 * <p>Instances are immutable. Parsing never throws; an unparsable string yields an instance whose
 * {@link #isValid()} is {@code false} and whose {@link #error()} holds the Go library's message.
 */
public final class ImageReference {

    /** The {@code imagePullPolicy} value {@code Always}. */
    public static final String PULL_ALWAYS = "Always";
    /** The {@code imagePullPolicy} value {@code IfNotPresent}. */
    public static final String PULL_IF_NOT_PRESENT = "IfNotPresent";

    private static final String DEFAULT_DOMAIN = "docker.io";
    private static final String LEGACY_DEFAULT_DOMAIN = "index.docker.io";
    private static final String LOCALHOST = "localhost";
    private static final String OFFICIAL_REPO_PREFIX = "library/";
    private static final String DEFAULT_TAG = "latest";
    private static final int REPOSITORY_NAME_TOTAL_LENGTH_MAX = 255;
    private static final int TAG_LENGTH_MAX = 128;
    private static final int DIGEST_HEX_MIN = 32;

    private static final String ERR_INVALID_FORMAT = "invalid reference format";
    private static final String ERR_NAME_CONTAINS_UPPERCASE = "repository name must be lowercase";
    private static final String ERR_NAME_TOO_LONG =
            "repository name must not be more than " + REPOSITORY_NAME_TOTAL_LENGTH_MAX + " characters";
    private static final String ERR_DIGEST_INVALID_FORMAT = "invalid checksum digest format";
    private static final String ERR_DIGEST_INVALID_LENGTH = "invalid checksum digest length";
    private static final String ERR_DIGEST_UNSUPPORTED = "unsupported digest algorithm";

    private final String original;
    private final String error;
    private final int errorOffset;
    private final String domain;
    private final String path;
    private final String tag;
    private final String digest;
    private final boolean domainImplicit;
    private final boolean uppercaseRegistry;
    private final boolean surroundingWhitespace;

    private ImageReference(String original, String error, int errorOffset, String domain, String path,
                           String tag, String digest, boolean domainImplicit, boolean uppercaseRegistry) {
        this.original = original;
        this.error = error;
        this.errorOffset = errorOffset;
        this.domain = domain;
        this.path = path;
        this.tag = tag;
        this.digest = digest;
        this.domainImplicit = domainImplicit;
        this.uppercaseRegistry = uppercaseRegistry;
        this.surroundingWhitespace = hasGoSpaceAtEdge(original);
    }

    /**
     * Parses an image reference like the kubelet does. Never throws.
     *
     * @param image the raw {@code image:} value; {@code null} is treated as the empty string
     * @return the parsed reference, valid or not
     */
    public static ImageReference parse(String image) {
        String s = image == null ? "" : image;

        if (isIdentifier(s)) {
            return failure(s, "invalid repository name (" + s + "), cannot specify 64-byte hexadecimal strings", 0);
        }

        Split split = Split.of(s);
        String remainder = split.remainder;
        int tagSep = remainder.indexOf(':');
        String remote = tagSep >= 0 ? remainder.substring(0, tagSep) : remainder;
        int upper = firstCaseChange(remote);
        if (upper >= 0) {
            return failure(s, "invalid reference format: repository name (" + remote + ") must be lowercase",
                    split.toOriginal(split.domain.length() + 1 + upper));
        }

        String candidate = split.domain + "/" + remainder;
        Match m = Match.of(candidate);
        if (m.failAt >= 0) {
            int up = firstCaseChange(candidate);
            if (up >= 0 && Match.of(goToLower(candidate)).failAt < 0) {
                return failure(s, ERR_NAME_CONTAINS_UPPERCASE, split.toOriginal(up));
            }
            return failure(s, ERR_INVALID_FORMAT, split.toOriginal(m.failAt));
        }

        String matchedPath = candidate.substring(m.pathStart, m.nameEnd);
        if (matchedPath.length() > REPOSITORY_NAME_TOTAL_LENGTH_MAX) {
            return failure(s, ERR_NAME_TOO_LONG, split.toOriginal(m.pathStart + REPOSITORY_NAME_TOTAL_LENGTH_MAX));
        }

        String matchedDigest = null;
        if (m.digestStart >= 0) {
            matchedDigest = candidate.substring(m.digestStart);
            int colon = matchedDigest.indexOf(':');
            String algorithm = matchedDigest.substring(0, colon);
            String hex = matchedDigest.substring(colon + 1);
            int hexStart = m.digestStart + colon + 1;
            int size = digestHexLength(algorithm);
            if (size < 0) {
                // go-digest: an unknown algorithm is "unsupported" only if the digest matches its own
                // (lowercase-only) DigestRegexp; given the reference grammar that means "no uppercase".
                String err = firstCaseChange(algorithm) >= 0 ? ERR_DIGEST_INVALID_FORMAT : ERR_DIGEST_UNSUPPORTED;
                return failure(s, err, split.toOriginal(m.digestStart));
            }
            if (hex.length() != size) {
                return failure(s, ERR_DIGEST_INVALID_LENGTH, split.toOriginal(hexStart));
            }
            for (int i = 0; i < hex.length(); i++) {
                if (!isLowerHex(hex.charAt(i))) {
                    return failure(s, ERR_DIGEST_INVALID_FORMAT, split.toOriginal(hexStart + i));
                }
            }
        }

        String matchedDomain = m.domainEnd > 0 ? candidate.substring(0, m.domainEnd) : "";
        String matchedTag = m.tagStart >= 0 ? candidate.substring(m.tagStart, m.tagEnd) : null;
        return new ImageReference(s, null, 0, matchedDomain, matchedPath, matchedTag, matchedDigest,
                split.kind == Split.Kind.DEFAULT, split.kind == Split.Kind.UPPERCASE);
    }

    private static ImageReference failure(String s, String error, int offset) {
        int clamped = Math.max(0, Math.min(offset, s.length() - 1));
        return new ImageReference(s, error, clamped, "", "", null, null, false, false);
    }

    /** @return the string given to {@link #parse} ({@code ""} for {@code null}) */
    public String original() {
        return original;
    }

    /** @return {@code true} if the kubelet would accept the reference (no {@code InvalidImageName}) */
    public boolean isValid() {
        return error == null;
    }

    /**
     * @return the parse error, worded like the Go libraries (e.g. {@code "invalid reference format"},
     *     {@code "invalid checksum digest length"}), or empty if valid
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * @return for an invalid reference, the index in {@link #original()} of the character where the problem
     *     is best located (clamped to the last character; 0 for an empty string); 0 for a valid reference
     */
    public int errorOffset() {
        return errorOffset;
    }

    /**
     * @return the normalised registry, e.g. {@code docker.io}, {@code localhost}, {@code registry:5000},
     *     {@code [::1]:5000}; {@code ""} if invalid, or in the rare case where the grammar reads the first
     *     component as a path (e.g. {@code a_b.com/foo}, whose {@code _} makes it no valid host name)
     */
    public String domain() {
        return domain;
    }

    /** @return the repository path without registry, e.g. {@code library/nginx}; {@code ""} if invalid */
    public String path() {
        return path;
    }

    /** @return the explicit tag, if any (not defaulted to {@code latest}) */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** @return the digest, e.g. {@code sha256:…}, if any */
    public Optional<String> digest() {
        return Optional.ofNullable(digest);
    }

    /**
     * @return {@code true} if the reference is valid and {@code docker.io} was assumed because the string names
     *     no registry ({@code false} for an explicit {@code docker.io/} or {@code index.docker.io/})
     */
    public boolean domainImplicit() {
        return domainImplicit;
    }

    /** @return {@code true} if an explicit tag is present */
    public boolean hasTag() {
        return tag != null;
    }

    /** @return {@code true} if a digest is present */
    public boolean hasDigest() {
        return digest != null;
    }

    /**
     * @return {@code true} if the reference is valid and its tag is exactly {@code latest}, or it has neither
     *     tag nor digest (so {@code latest} is implied)
     */
    public boolean isLatestOrUntagged() {
        return isValid() && (DEFAULT_TAG.equals(tag) || (tag == null && digest == null));
    }

    /**
     * @return the {@code imagePullPolicy} the API server defaults to: {@value #PULL_ALWAYS} if
     *     {@link #isLatestOrUntagged()}, otherwise {@value #PULL_IF_NOT_PRESENT} (also for invalid references,
     *     whose parse error the defaulting code ignores)
     */
    public String defaultPullPolicy() {
        return isLatestOrUntagged() ? PULL_ALWAYS : PULL_IF_NOT_PRESENT;
    }

    /**
     * @return the fully qualified reference the runtime pulls ({@code ParseDockerRef}): {@code domain/path}
     *     followed by {@code @digest} if there is a digest (the tag is then dropped), else {@code :tag}, with
     *     {@code :latest} as default; e.g. {@code docker.io/library/nginx:latest}; {@code ""} if invalid
     */
    public String normalized() {
        if (!isValid()) {
            return "";
        }
        String name = domain.isEmpty() ? path : domain + "/" + path;
        if (digest != null) {
            return name + "@" + digest;
        }
        return name + ":" + (tag != null ? tag : DEFAULT_TAG);
    }

    /**
     * @return {@code true} if the reference is valid and its registry is a first component that was taken as a
     *     host only because it contains an uppercase letter (e.g. {@code MyOrg/app} pulls from host
     *     {@code MyOrg}, which fails at runtime with {@code ErrImagePull})
     */
    public boolean uppercaseFirstComponentTreatedAsRegistry() {
        return uppercaseRegistry;
    }

    /**
     * @return {@code true} if the string starts or ends with whitespace as defined by Go's
     *     {@code strings.TrimSpace} (the API server rejects this for Pods)
     */
    public boolean hasSurroundingWhitespace() {
        return surroundingWhitespace;
    }

    /** Two references are equal if their original strings are equal (everything else derives from it). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ImageReference && ((ImageReference) o).original.equals(original);
    }

    @Override
    public int hashCode() {
        return original.hashCode();
    }

    @Override
    public String toString() {
        return isValid()
                ? "ImageReference[" + original + " -> " + normalized() + "]"
                : "ImageReference[" + original + " invalid: " + error + " at " + errorOffset + "]";
    }

    // ---------------------------------------------------------------------------------------------
    // splitDockerDomain

    /** Result of {@code splitDockerDomain}, with the information needed to map offsets back. */
    private static final class Split {
        enum Kind { DEFAULT, LEGACY, EXPLICIT, UPPERCASE }

        final Kind kind;
        final String domain;
        final String remainder;
        /** Index in the original string where the copied part of {@link #remainder} starts. */
        final int remainderStart;
        /** Length of the synthetic {@code library/} prefix of {@link #remainder} (0 or 8). */
        final int prefixLength;

        private Split(Kind kind, String domain, String rest, int remainderStart) {
            this.kind = kind;
            this.domain = domain;
            boolean official = DEFAULT_DOMAIN.equals(domain) && rest.indexOf('/') < 0;
            this.remainder = official ? OFFICIAL_REPO_PREFIX + rest : rest;
            this.prefixLength = official ? OFFICIAL_REPO_PREFIX.length() : 0;
            this.remainderStart = remainderStart;
        }

        static Split of(String name) {
            int slash = name.indexOf('/');
            if (slash < 0) {
                return new Split(Kind.DEFAULT, DEFAULT_DOMAIN, name, 0);
            }
            String first = name.substring(0, slash);
            String rest = name.substring(slash + 1);
            if (first.equals(LOCALHOST)) {
                return new Split(Kind.EXPLICIT, first, rest, slash + 1);
            }
            if (first.equals(LEGACY_DEFAULT_DOMAIN)) {
                return new Split(Kind.LEGACY, DEFAULT_DOMAIN, rest, slash + 1);
            }
            if (first.indexOf('.') >= 0 || first.indexOf(':') >= 0) {
                return new Split(Kind.EXPLICIT, first, rest, slash + 1);
            }
            if (firstCaseChange(first) >= 0) {
                return new Split(Kind.UPPERCASE, first, rest, slash + 1);
            }
            return new Split(Kind.DEFAULT, DEFAULT_DOMAIN, name, 0);
        }

        /** Maps an index in {@code domain + "/" + remainder} to an index in the original string. */
        int toOriginal(int p) {
            int domainPart = domain.length() + 1;
            if (p < domainPart) {
                // The domain text is copied from the original unless it was assumed or canonicalised.
                return kind == Kind.EXPLICIT || kind == Kind.UPPERCASE ? p : 0;
            }
            int q = p - domainPart;
            return q < prefixLength ? remainderStart : remainderStart + q - prefixLength;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Grammar (distribution/reference ReferenceRegexp and anchoredNameRegexp)

    /**
     * Match of {@code ^(NAME)(?::(TAG))?(?:@(DIGEST))?$}. The decomposition is unique: {@code @} occurs only
     * before the digest, and a {@code :} after the last {@code /} of the part before {@code @} can only start
     * the tag (a port is always followed by {@code /}). Groups are stored as indices into the input.
     */
    private static final class Match {
        /** First offending index, or -1 if the input matched. */
        int failAt = -1;
        /** End of the domain group of anchoredNameRegexp (0 if the name has no domain). */
        int domainEnd;
        int pathStart;
        int nameEnd;
        int tagStart = -1;
        int tagEnd = -1;
        int digestStart = -1;

        static Match of(String s) {
            Match m = new Match();
            int at = s.indexOf('@');
            int end = at >= 0 ? at : s.length();
            int lastSlash = end == 0 ? -1 : s.lastIndexOf('/', end - 1);
            int colon = s.indexOf(':', lastSlash + 1);
            if (colon >= end) {
                colon = -1;
            }
            m.nameEnd = colon >= 0 ? colon : end;
            m.failAt = m.matchName(s, m.nameEnd);
            if (m.failAt < 0 && colon >= 0) {
                m.tagStart = colon + 1;
                m.tagEnd = end;
                m.failAt = matchTag(s, colon, end);
            }
            if (m.failAt < 0 && at >= 0) {
                m.digestStart = at + 1;
                m.failAt = matchDigest(s, at + 1, s.length());
            }
            return m;
        }

        /**
         * {@code (?:(DOMAIN)/)?(PATH(?:/PATH)*)} over {@code [0, to)}, leftmost-first: with a domain if that
         * works, else as a bare path. On failure reports where the with-domain reading broke, as that is the
         * reading the normaliser chose.
         */
        private int matchName(String s, int to) {
            int slash = s.indexOf('/');
            int withDomain = -1;
            if (slash >= 0 && slash < to) {
                withDomain = matchDomain(s, 0, slash);
                if (withDomain < 0) {
                    withDomain = matchPath(s, slash + 1, to);
                    if (withDomain < 0) {
                        domainEnd = slash;
                        pathStart = slash + 1;
                        return -1;
                    }
                }
            }
            int bare = matchPath(s, 0, to);
            if (bare < 0) {
                domainEnd = 0;
                pathStart = 0;
                return -1;
            }
            return withDomain >= 0 ? withDomain : bare;
        }
    }

    /** {@code PATH(?:/PATH)*} with {@code PATH = [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*}. */
    private static int matchPath(String s, int from, int to) {
        int i = from;
        while (true) {
            if (i >= to || !isLowerAlnum(s.charAt(i))) {
                return i;
            }
            i = skipLowerAlnum(s, i, to);
            while (i < to && s.charAt(i) != '/') {
                char c = s.charAt(i);
                if (c == '.') {
                    i++;
                } else if (c == '_') {
                    i++;
                    if (i < to && s.charAt(i) == '_') {
                        i++;
                    }
                } else if (c == '-') {
                    while (i < to && s.charAt(i) == '-') {
                        i++;
                    }
                } else {
                    return i;
                }
                if (i >= to || !isLowerAlnum(s.charAt(i))) {
                    return i;
                }
                i = skipLowerAlnum(s, i, to);
            }
            if (i >= to) {
                return -1;
            }
            i++; // the '/'
        }
    }

    /**
     * {@code (?:DCOMP(?:\.DCOMP)*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?} with
     * {@code DCOMP = [a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]}.
     */
    private static int matchDomain(String s, int from, int to) {
        int i = from;
        if (i < to && s.charAt(i) == '[') {
            i++;
            int start = i;
            while (i < to && (isHex(s.charAt(i)) || s.charAt(i) == ':')) {
                i++;
            }
            if (i == start || i >= to || s.charAt(i) != ']') {
                return i;
            }
            i++;
        } else {
            while (true) {
                if (i >= to || !isAlnum(s.charAt(i))) {
                    return i;
                }
                while (i < to && (isAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
                    i++;
                }
                if (s.charAt(i - 1) == '-') {
                    return i - 1;
                }
                if (i < to && s.charAt(i) == '.') {
                    i++;
                } else {
                    break;
                }
            }
        }
        if (i < to && s.charAt(i) == ':') {
            int colon = i++;
            while (i < to && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == colon + 1) {
                return colon;
            }
        }
        return i == to ? -1 : i;
    }

    /** {@code [\w][\w.-]{0,127}} over {@code (colon, to)}; an empty tag is reported at the colon. */
    private static int matchTag(String s, int colon, int to) {
        int from = colon + 1;
        if (from >= to) {
            return colon;
        }
        if (!isWord(s.charAt(from))) {
            return from;
        }
        for (int i = from + 1; i < to; i++) {
            if (i - from >= TAG_LENGTH_MAX) {
                return i;
            }
            char c = s.charAt(i);
            if (!isWord(c) && c != '.' && c != '-') {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code [A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}}; a hex part that is too
     * short is reported at its start.
     */
    private static int matchDigest(String s, int from, int to) {
        int i = from;
        while (true) {
            if (i >= to || !isLetter(s.charAt(i))) {
                return i;
            }
            i++;
            while (i < to && isAlnum(s.charAt(i))) {
                i++;
            }
            if (i < to && "-_+.".indexOf(s.charAt(i)) >= 0) {
                i++;
            } else {
                break;
            }
        }
        if (i >= to || s.charAt(i) != ':') {
            return i;
        }
        int hexStart = ++i;
        while (i < to && isHex(s.charAt(i))) {
            i++;
        }
        if (i < to) {
            return i;
        }
        return i - hexStart < DIGEST_HEX_MIN ? hexStart : -1;
    }

    /** Hex length required by go-digest for an available algorithm, or -1 if unsupported. */
    private static int digestHexLength(String algorithm) {
        switch (algorithm) {
            case "sha256":
                return 64;
            case "sha384":
                return 96;
            case "sha512":
                return 128;
            default:
                return -1;
        }
    }

    /** {@code ^[a-f0-9]{64}$} (Go's {@code $} does not match before a trailing newline). */
    private static boolean isIdentifier(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            if (!isLowerHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // Character classes (ASCII, as in Go's RE2) and Go string helpers

    private static int skipLowerAlnum(String s, int i, int to) {
        while (i < to && isLowerAlnum(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || isDigit(c);
    }

    private static boolean isWord(char c) {
        return isAlnum(c) || c == '_';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isLowerHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f');
    }

    /** Index of the first code point that Go's {@code unicode.ToLower} changes, or -1. */
    private static int firstCaseChange(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.toLowerCase(cp) != cp) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Go's {@code strings.ToLower}: simple per-code-point mapping (unlike {@link String#toLowerCase}). */
    private static String goToLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
        return b.toString();
    }

    /** Whether Go's {@code strings.TrimSpace} would change {@code s}. */
    private static boolean hasGoSpaceAtEdge(String s) {
        return !s.isEmpty() && (isGoSpace(s.codePointAt(0)) || isGoSpace(s.codePointBefore(s.length())));
    }

    /** Go's {@code unicode.IsSpace}. */
    private static boolean isGoSpace(int cp) {
        switch (cp) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ':
            case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return cp >= 0x2000 && cp <= 0x200A;
        }
    }
}
