package dev.cairn.pipeline.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

  private final AtomicInteger computed = new AtomicInteger();

  private StringBuilder compute() {
    computed.incrementAndGet();
    return new StringBuilder("v" + computed.get());
  }

  @Test
  void keepsTheInstanceWhileTheInputsAreEqual() {
    Memo<String, StringBuilder> memo = new Memo<>();
    StringBuilder first = memo.get("a", List.of("x", 1), this::compute);
    // equal inputs, not the same objects
    StringBuilder again = memo.get("a", List.of(new String("x"), 1), this::compute);
    assertSame(first, again);
    assertEquals(1, computed.get());
  }

  @Test
  void computesAgainWhenAnInputChangesOrIsNull() {
    Memo<String, StringBuilder> memo = new Memo<>();
    StringBuilder first = memo.get("a", Arrays.asList("x", null), this::compute);
    StringBuilder changed = memo.get("a", Arrays.asList("x", "y"), this::compute);
    StringBuilder nullAgain = memo.get("a", Arrays.asList("x", null), this::compute);
    StringBuilder fewer = memo.get("a", List.of("x"), this::compute);
    assertNotSame(first, changed);
    assertEquals(
        List.of("v1", "v2", "v3", "v4"),
        List.of(first.toString(), changed.toString(), nullAgain.toString(), fewer.toString()));
    assertSame(fewer, memo.get("a", List.of("x"), this::compute));
  }

  @Test
  void keysAreIndependent() {
    Memo<String, StringBuilder> memo = new Memo<>();
    StringBuilder a = memo.get("a", List.of("x"), this::compute);
    StringBuilder b = memo.get("b", List.of("x"), this::compute);
    assertNotSame(a, b);
    assertSame(a, memo.get("a", List.of("x"), this::compute));
  }

  @Test
  void forgetsKeysNotAskedForSinceTheLastBuild() {
    Memo<String, StringBuilder> memo = new Memo<>();
    StringBuilder a = memo.get("a", List.of(), this::compute);
    StringBuilder b = memo.get("b", List.of(), this::compute);
    memo.forgetUnused();
    assertSame(a, memo.get("a", List.of(), this::compute)); // asked for in the next build
    memo.forgetUnused(); // "b" was not: gone
    assertSame(a, memo.get("a", List.of(), this::compute));
    assertNotSame(b, memo.get("b", List.of(), this::compute));
    assertEquals(3, computed.get());
  }
}
