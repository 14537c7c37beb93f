package dev.segment.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintableTextTest {
  @Test
  void controlCharactersAreShownEscapedAndTheRestAsItIs() {
    Map<String, String> shown =
        Map.of(
            "Acme Inc", "Acme Inc",
            "Zoë & Søn, 東京", "Zoë & Søn, 東京",
            "back\\slash", "back\\slash",
            "\u001b[2JEvil", "\\x1b[2JEvil",
            "\u001b]0;title\u0007x", "\\x1b]0;title\\x07x",
            "a\tb\nc\rd", "a\\x09b\\x0ac\\x0dd",
            "del\u007f c1\u009b", "del\\x7f c1\\x9b",
            "\u202egnp.exe", "\\u202egnp.exe",
            "\u2066x\u2069\u200f", "\\u2066x\\u2069\\u200f");
    shown.forEach(
        (text, expected) -> {
          assertThat(PrintableText.escape(text)).isEqualTo(expected);
          assertThat(PrintableText.escape(expected)).as("idempotent").isEqualTo(expected);
        });
  }
}
