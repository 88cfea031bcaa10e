package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableMap;
import io.github.ipplan.EnumWords;

/**
 * How enum constants are written in YAML (their {@link EnumWords#word(Enum) words}), and how domain
 * messages become load errors.
 */
final class Words {
  private Words() {}

  /** The YAML words for enum constants: lower case, hyphens for underscores. */
  static <E extends Enum<E>> ImmutableMap<String, E> of(E[] values) {
    ImmutableMap.Builder<String, E> words = ImmutableMap.builder();
    for (E value : values) {
      words.put(word(value), value);
    }
    return words.build();
  }

  static String word(Enum<?> value) {
    return EnumWords.word(value);
  }

  /** Turns a domain exception's sentence into a problem clause of a load error. */
  static String sentence(String message) {
    String text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
