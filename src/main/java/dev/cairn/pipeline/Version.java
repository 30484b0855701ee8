package dev.cairn.pipeline;

/** Cairn's version, from the jar manifest ("dev" when running from classes). */
public final class Version {

  private Version() {}

  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
