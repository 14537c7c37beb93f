package dev.segment.model;

/** Whether the money column read holds monthly (MRR) or annual (ARR) amounts. */
public enum AmountKind {
  MRR,
  ARR
}
