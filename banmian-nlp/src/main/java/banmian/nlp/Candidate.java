package banmian.nlp;

import banmian.model.EntityType;

/** A span of one text taken for an entity of some type, and why. */
record Candidate(EntityType type, int start, int end, Evidence evidence) {
    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    /** Where two candidates overlap, the one with stronger evidence (then the longer) stays. */
    boolean beats(Candidate other) {
        if (evidence != other.evidence) {
            return evidence.compareTo(other.evidence) > 0;
        }
        return length() > other.length();
    }
}
