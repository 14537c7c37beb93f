package dev.segment.model;

/**
 * One row of a {@code --pin} file: a customer id and the tier it is pinned to, as written (a label
 * or a 1-based tier number).
 *
 * @param line the 1-based line of the pin file, for messages
 */
public record Pin(String id, String tier, long line) {}
