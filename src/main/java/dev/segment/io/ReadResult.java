package dev.segment.io;

import dev.segment.model.Customers;
import dev.segment.model.InputSummary;

/** The customers read from one input and what reading it found. */
public record ReadResult(Customers customers, InputSummary summary) {}
