package dev.segment.analysis;

import dev.segment.model.Exclusions;
import dev.segment.model.ParetoCurve;

/** The ranked curve of the customers kept, and the customers left off it. */
public record CurveResult(ParetoCurve curve, Exclusions exclusions) {}
