package org.pedalatlas.bench;

/** A step of the scenario that did not happen; its message is the error kind that is counted. */
final class BenchFailure extends RuntimeException {

    BenchFailure(String kind) {
        super(kind, null, false, false);
    }
}
