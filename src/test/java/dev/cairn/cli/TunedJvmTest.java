package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TunedJvmTest {

  private static List<String> command(String... args) {
    return TunedJvm.command(args).orElseThrow();
  }

  @Test
  void batchCommandsGetTheC1CompilerAndABoundedHeap() {
    for (String c : List.of("build", "check")) {
      List<String> cmd = command(c, "--source", "p");
      assertTrue(cmd.containsAll(TunedJvm.OPTIONS), cmd.toString());
      assertTrue(cmd.contains("-Dcairn.tuned=true"), cmd.toString());
      assertEquals(
          List.of(CairnCommand.class.getName(), c, "--source", "p"),
          cmd.subList(cmd.size() - 4, cmd.size()));
    }
  }

  @Test
  void serveGetsTheC1CompilerButNoHeapBound() {
    List<String> cmd = command("serve", "--port", "0");
    assertTrue(cmd.contains("-XX:TieredStopAtLevel=1"), cmd.toString());
    assertFalse(cmd.stream().anyMatch(o -> o.startsWith("-Xmx")), cmd.toString());
    assertEquals(List.of("serve", "--port", "0"), cmd.subList(cmd.size() - 3, cmd.size()));
  }

  @Test
  void otherCommandsRunInPlace() {
    assertTrue(TunedJvm.command(new String[] {"new", "log"}).isEmpty());
    assertTrue(TunedJvm.command(new String[] {"--help"}).isEmpty());
    assertTrue(TunedJvm.command(new String[] {}).isEmpty());
  }
}
