package banmian.nlp;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules that sit on the trained recogniser ({@link banmian.nlp.ner.EntityTagger}), each
 * switchable so that its effect can be measured on its own (`banmian eval-entities` prints every
 * rule's effect on the held-apart MSRA sentences; the page tests measure it on real pages).
 * {@link #DEFAULTS} holds the ones kept: those that help on both.
 */
public enum EntityRule {
    /** The trained recogniser itself (off only to measure what enrichment did before it). */
    TRAINED_MODEL,
    /** Names the user listed in a dictionary file are entities of the type given there. */
    USER_NAMES,
    /** Bylines and photo credits: the name beside {@code 本报记者}, {@code 摄}, … is a person. */
    CREDITS,
    /** A name confirmed anywhere on the page is that entity wherever it appears again (one reading per page). */
    PAGE_NAMES,
    /** Places built from a place and a zone or administrative suffix ({@code 兴县} + {@code 经开区}, {@code 东庄} + {@code 产业园}). */
    PLACE_SUFFIXES,
    /**
     * Organisations run back from their built-in suffixes ({@code …有限公司}, {@code …交通运输局});
     * suffixes a user file adds are applied whether or not this is on.
     */
    ORGANIZATION_SUFFIXES,
    /** The items of an enumeration whose other items are names of one kind are names of that kind. */
    ENUMERATIONS,
    /** HanLP's role-tagging recognisers' guesses, filtered as before the model, where the model found nothing. */
    HANLP_GUESSES;

    /** The rules kept: each measured to help on the benchmark and on the pages (docs/entities.md). */
    public static final Set<EntityRule> DEFAULTS = EnumSet.of(TRAINED_MODEL, USER_NAMES, CREDITS, PAGE_NAMES, PLACE_SUFFIXES, ENUMERATIONS);
}
