package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void isListedWithItsOptions() {
    CairnCommandTest.Run help = CairnCommandTest.run("serve", "--help");
    assertEquals(0, help.exit());
    for (String option :
        new String[] {"--port", "--bind", "--drafts", "--open", "--public-preview", "--today"}) {
      assertTrue(help.out().contains(option), option + " in\n" + help.out());
    }
    assertTrue(CairnCommandTest.run("--help").out().contains("serve"));
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CairnCommandTest.Run r = CairnCommandTest.run("serve", "--port", "70000");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--port"), r.err());
  }
}
