package dev.segment.cli;

/** Entry point: runs the command and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("segment");
  }
}
