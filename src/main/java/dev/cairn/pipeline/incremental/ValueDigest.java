package dev.cairn.pipeline.incremental;

import dev.cairn.text.Messages;
import java.awt.Color;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A SHA-256 digest of a value made of records, collections, strings, numbers, dates and the like,
 * walking it as {@code equals} would: values equal in every component give equal digests, so a
 * digest can stand for the value across processes. Each kind of value is tagged and every string is
 * preceded by its length, so no two different values write the same bytes. A value of any other
 * kind (a lambda, an object with hidden state) throws {@link Unhashable}: what it stands for cannot
 * be cached. Maps and sets with an order are digested in that order; others by their sorted entry
 * digests, as their order carries no meaning. A record or a longer list is digested on its own and
 * stands in its container by that digest, once per instance: the values a build digests share their
 * parts (a goal, the list of its logs) across thousands of pages, and walking them for each made
 * digesting grow with pages times logs. An instance must therefore not change while one digest is
 * in use. One instance per thread: it is not thread-safe.
 */
final class ValueDigest {

  /** A value whose content this digest cannot see. */
  static final class Unhashable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unhashable(String what) {
      super(what, null, false, false);
    }
  }

  private static final int MAX_DEPTH = 64;
  private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

  /** Lists shorter than this are walked where they appear; longer ones are digested once. */
  private static final int SHARED_LIST = 8;

  private final MessageDigest[] levels = new MessageDigest[MAX_DEPTH + 2];
  private final Map<Object, byte[]> digested = new IdentityHashMap<>();
  private final ByteBuffer scalar = ByteBuffer.allocate(9);
  private MessageDigest sha;

  /**
   * The digest of {@code parts} in order, as lower-case hex. Each record and each longer list is
   * digested once per instance and then stands in by its digest wherever it appears: a goal or a
   * list of a thousand logs shown on a thousand pages costs one walk.
   */
  String of(List<?> parts) {
    sha = level(0);
    put(parts, 0);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The digest of {@code v}, walked in a digest of its own at {@code depth}, or remembered. */
  private void shared(char kind, Object v, int depth, Runnable walk) {
    byte[] inner = digested.get(v);
    if (inner == null) {
      inner = apart(depth, walk);
      digested.put(v, inner);
    }
    tag(kind);
    sha.update(inner);
  }

  /**
   * The digest of what {@code walk} feeds, in a digest of its own one level below {@code depth}.
   */
  private byte[] apart(int depth, Runnable walk) {
    MessageDigest outer = sha;
    sha = level(depth + 1);
    try {
      walk.run();
      return sha.digest();
    } finally {
      sha = outer;
    }
  }

  private MessageDigest level(int depth) {
    if (depth >= levels.length) throw new Unhashable("a value nested too deeply");
    if (levels[depth] == null) levels[depth] = sha256();
    levels[depth].reset();
    return levels[depth];
  }

  private void put(Object v, int depth) {
    if (depth > MAX_DEPTH) throw new Unhashable("a value nested too deeply");
    if (v == null) {
      tag('0');
    } else if (v instanceof String s) {
      tag('s');
      bytes(s.getBytes(StandardCharsets.UTF_8));
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte) {
      number('i', ((Number) v).longValue());
    } else if (v instanceof Double d) {
      number('d', Double.doubleToLongBits(d));
    } else if (v instanceof Float f) {
      number('f', Float.floatToIntBits(f));
    } else if (v instanceof Boolean b) {
      tag(b ? 'T' : 'F');
    } else if (v instanceof Character c) {
      number('c', c);
    } else if (v instanceof Enum<?> e) {
      named('e', e.getDeclaringClass(), e.name());
    } else if (v.getClass().isRecord()) {
      shared('R', v, depth, () -> record(v, depth));
    } else if (v instanceof List<?> list && list.size() >= SHARED_LIST) {
      shared('L', v, depth, () -> ordered('l', list, depth));
    } else if (v instanceof List<?> list) {
      ordered('l', list, depth);
    } else if (v instanceof Map<?, ?> map) {
      map(map, depth);
    } else if (v instanceof Set<?> set) {
      set(set, depth);
    } else if (v instanceof Optional<?> o) {
      tag('o');
      put(o.orElse(null), depth + 1);
    } else if (v instanceof OptionalDouble o) {
      tag('o');
      put(o.isPresent() ? o.getAsDouble() : null, depth + 1);
    } else if (v instanceof OptionalInt o) {
      tag('o');
      put(o.isPresent() ? o.getAsInt() : null, depth + 1);
    } else if (v instanceof OptionalLong o) {
      tag('o');
      put(o.isPresent() ? o.getAsLong() : null, depth + 1);
    } else if (v instanceof Color c) {
      // Color.equals compares the RGB value alone
      number('C', c.getRGB());
    } else if (v instanceof ByteBuffer b) {
      tag('b');
      ByteBuffer view = b.duplicate();
      number('n', view.remaining());
      sha.update(view);
    } else if (v instanceof byte[] b) {
      tag('b');
      bytes(b);
    } else if (v instanceof Object[] array) {
      ordered('a', Arrays.asList(array), depth);
    } else if (v instanceof Messages m) {
      named('M', Messages.class, m.fingerprint());
    } else if (v instanceof Locale l) {
      named('L', Locale.class, l.toLanguageTag() + "|" + l);
    } else if (isPlainValue(v.getClass())) {
      named('x', v.getClass(), v.toString());
    } else {
      throw new Unhashable(v.getClass().getName());
    }
  }

  /** JDK value types whose {@code toString} shows all that {@code equals} compares. */
  private static boolean isPlainValue(Class<?> c) {
    return c.getName().startsWith("java.time.")
        || c == BigDecimal.class
        || c == BigInteger.class
        || c == java.net.URI.class;
  }

  private void record(Object v, int depth) {
    named('r', v.getClass(), "");
    for (Method accessor : ACCESSORS.computeIfAbsent(v.getClass(), ValueDigest::accessors)) {
      try {
        put(accessor.invoke(v), depth + 1);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new Unhashable(v.getClass().getName() + "." + accessor.getName());
      }
    }
  }

  private static Method[] accessors(Class<?> c) {
    RecordComponent[] components = c.getRecordComponents();
    Method[] methods = new Method[components.length];
    for (int i = 0; i < components.length; i++) {
      methods[i] = components[i].getAccessor();
      methods[i].setAccessible(true);
    }
    return methods;
  }

  private void ordered(char kind, Collection<?> items, int depth) {
    tag(kind);
    number('n', items.size());
    for (Object item : items) put(item, depth + 1);
  }

  private void map(Map<?, ?> map, int depth) {
    if (map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?>) {
      tag('m');
      number('n', map.size());
      map.forEach(
          (k, val) -> {
            put(k, depth + 1);
            put(val, depth + 1);
          });
    } else {
      unordered(
          'M', map.entrySet().stream().map(e -> Arrays.asList(e.getKey(), e.getValue())), depth);
    }
  }

  private void set(Set<?> set, int depth) {
    if (set instanceof LinkedHashSet<?> || set instanceof SortedSet<?>) {
      ordered('q', set, depth);
    } else {
      unordered('S', set.stream(), depth);
    }
  }

  /** Entries digested on their own, each in a digest of its own, and fed in sorted order. */
  private void unordered(char kind, java.util.stream.Stream<?> items, int depth) {
    List<byte[]> digests = new ArrayList<>();
    items.forEach(item -> digests.add(apart(depth, () -> put(item, depth + 1))));
    digests.sort(Arrays::compare);
    tag(kind);
    number('n', digests.size());
    digests.forEach(sha::update);
  }

  private void named(char kind, Class<?> type, String text) {
    tag(kind);
    bytes(type.getName().getBytes(StandardCharsets.UTF_8));
    bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private void bytes(byte[] b) {
    number('n', b.length);
    sha.update(b);
  }

  private void number(char kind, long n) {
    scalar.clear();
    scalar.put((byte) kind).putLong(n);
    sha.update(scalar.array(), 0, 9);
  }

  private void tag(char kind) {
    sha.update((byte) kind);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
