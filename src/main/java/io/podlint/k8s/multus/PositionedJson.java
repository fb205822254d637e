package io.podlint.k8s.multus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal JSON tree whose nodes remember their character spans, built with Jackson's streaming
 * {@link JsonParser} ({@code currentTokenLocation().getCharOffset()}). Jackson's defaults match Go's
 * {@code encoding/json} strictness (no comments, single quotes, trailing commas, NaN, leading
 * zeros); trailing data after the root value is rejected like Go does.
 */
final class PositionedJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private PositionedJson() {}

  enum Type {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /** A JSON value with its span (strings include quotes, containers include brackets). */
  static final class Node {
    final Type type;
    final Span span;
    final List<Member> members; // OBJECT
    final List<Node> items; // ARRAY
    final String text; // STRING: decoded value; NUMBER/BOOLEAN: raw token
    final boolean integral; // NUMBER without fraction/exponent

    private Node(Type type, Span span, List<Member> members, List<Node> items, String text,
        boolean integral) {
      this.type = type;
      this.span = span;
      this.members = members;
      this.items = items;
      this.text = text;
      this.integral = integral;
    }

    boolean is(Type t) {
      return type == t;
    }

    /** Value of an integral NUMBER, or null if not integral or not within {@code long}. */
    Long longValue() {
      if (type != Type.NUMBER || !integral) {
        return null;
      }
      BigInteger b = new BigInteger(text);
      if (b.bitLength() > 63) {
        return null;
      }
      return b.longValue();
    }

    /** Go-style description of the JSON type, used in messages. */
    String describe() {
      switch (type) {
        case OBJECT:
          return "an object";
        case ARRAY:
          return "an array";
        case STRING:
          return "a string";
        case NUMBER:
          return "a number";
        case BOOLEAN:
          return "a boolean";
        default:
          return "null";
      }
    }
  }

  /** An object member: decoded key, span of the key token (with quotes), value. */
  static final class Member {
    final String key;
    final Span keySpan;
    final Node value;

    Member(String key, Span keySpan, Node value) {
      this.key = key;
      this.keySpan = keySpan;
      this.value = value;
    }
  }

  /** Either {@code root} or {@code error} is non-null. */
  static final class Result {
    final Node root;
    final ValueProblem error;

    Result(Node root, ValueProblem error) {
      this.root = root;
      this.error = error;
    }
  }

  static Result parse(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        int end = text.length();
        return new Result(null, new ValueProblem(end, end, ValueProblem.Kind.SYNTAX,
            "unexpected end of JSON input", null));
      }
      Node root = readValue(p, text);
      JsonToken extra;
      try {
        extra = p.nextToken();
      } catch (JsonProcessingException e) {
        return new Result(null, syntaxError(e, text));
      }
      if (extra != null) {
        int off = offset(p.currentTokenLocation());
        return new Result(null, new ValueProblem(off, tokenEnd(text, off), ValueProblem.Kind.SYNTAX,
            "invalid character '" + text.charAt(off) + "' after top-level value", null));
      }
      return new Result(root, null);
    } catch (JsonProcessingException e) {
      return new Result(null, syntaxError(e, text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node readValue(JsonParser p, String text) throws IOException {
    JsonToken t = p.currentToken();
    int start = offset(p.currentTokenLocation());
    switch (t) {
      case START_OBJECT: {
        List<Member> members = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          int keyStart = offset(p.currentTokenLocation());
          String key = p.currentName();
          Span keySpan = new Span(keyStart, tokenEnd(text, keyStart));
          p.nextToken();
          members.add(new Member(key, keySpan, readValue(p, text)));
        }
        int end = offset(p.currentTokenLocation()) + 1;
        return new Node(Type.OBJECT, new Span(start, end), List.copyOf(members), null, null, false);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(p, text));
        }
        int end = offset(p.currentTokenLocation()) + 1;
        return new Node(Type.ARRAY, new Span(start, end), null, List.copyOf(items), null, false);
      }
      case VALUE_STRING: {
        String s = p.getText();
        return new Node(Type.STRING, new Span(start, tokenEnd(text, start)), null, null, s, false);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        String raw = p.getText();
        return new Node(Type.NUMBER, new Span(start, tokenEnd(text, start)), null, null, raw,
            t == JsonToken.VALUE_NUMBER_INT);
      }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node(Type.BOOLEAN, new Span(start, tokenEnd(text, start)), null, null,
            p.getText(), false);
      case VALUE_NULL:
        return new Node(Type.NULL, new Span(start, tokenEnd(text, start)), null, null, null, false);
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  private static int offset(JsonLocation loc) {
    return (int) loc.getCharOffset();
  }

  /** End (exclusive) of the scalar token starting at {@code start}, scanning the raw text. */
  static int tokenEnd(String text, int start) {
    int n = text.length();
    if (start >= n) {
      return n;
    }
    if (text.charAt(start) == '"') {
      int i = start + 1;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == '"') {
          return i + 1;
        } else {
          i++;
        }
      }
      return n;
    }
    if ("[]{},:".indexOf(text.charAt(start)) >= 0) {
      return start + 1;
    }
    int i = start;
    while (i < n && !isDelimiter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDelimiter(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || "[]{},:\"".indexOf(c) >= 0;
  }

  private static ValueProblem syntaxError(JsonProcessingException e, String text) {
    int n = text.length();
    JsonLocation loc = e.getLocation();
    int off = loc == null ? n : (int) Math.min(Math.max(loc.getCharOffset(), 0), n);
    String msg = e.getOriginalMessage();
    if (msg == null) {
      msg = "invalid JSON";
    }
    // Jackson's location message parts ("(for Array starting at [Source: ...])") are noise here.
    int src = msg.indexOf(" [Source:");
    if (src > 0) {
      msg = msg.substring(0, src);
      int paren = msg.lastIndexOf(" (");
      if (paren > 0 && msg.indexOf(')', paren) < 0) {
        msg = msg.substring(0, paren);
      }
    }
    msg = msg.replace('\n', ' ').trim();
    int start = off;
    int end = off;
    if (msg.startsWith("Unrecognized token") || msg.startsWith("Invalid numeric value")
        || msg.startsWith("Leading zero")) {
      // Jackson reports these after the offending token: widen backwards to cover it.
      while (start > 0 && !isDelimiter(text.charAt(start - 1))) {
        start--;
      }
      while (end < n && !isDelimiter(text.charAt(end))) {
        end++;
      }
    } else if (off < n) {
      end = off + 1;
    }
    String hint = "";
    if (start < n && text.charAt(start) == '\'') {
      hint = " (JSON strings and keys need double quotes)";
    }
    return new ValueProblem(start, end, ValueProblem.Kind.SYNTAX,
        "invalid JSON: " + msg + hint, null);
  }
}
