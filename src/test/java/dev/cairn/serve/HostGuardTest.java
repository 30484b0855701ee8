package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostGuardTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
      localhost            | true
      localhost:1313       | true
      LocalHost:80         | true
      127.0.0.1            | true
      127.0.0.1:65535      | true
      [::1]                | true
      [::1]:1313           | true
      NULL                 | false
      ''                   | false
      evil.example         | false
      evil.example:1313    | false
      localhost.evil.example | false
      127.0.0.2            | false
      localhost:           | false
      localhost:abc        | false
      localhost:1313:1313  | false
      [::1]x               | false
      ::1                  | false
      """)
  void acceptsOnlyLoopbackNamesWhileOnLoopback(String host, boolean allowed)
      throws UnknownHostException {
    assertEquals(
        allowed,
        new HostGuard(InetAddress.getByAddress(new byte[] {127, 0, 0, 1})).allows(host),
        host);
  }

  @ParameterizedTest
  @CsvSource({"evil.example", "192.168.1.20:1313"})
  void acceptsAnyNameWhenBoundBeyondLoopback(String host) throws UnknownHostException {
    assertEquals(true, new HostGuard(InetAddress.getByName("0.0.0.0")).allows(host));
  }
}
