package banmian.nlp.ner;

import banmian.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityLabelsTest {
    @Test
    void spansSurviveLabellingAndReading() {
        List<EntitySpan> spans = List.of(new EntitySpan(EntityType.PERSON, 0, 3), new EntitySpan(EntityType.PLACE, 4, 5),
                new EntitySpan(EntityType.ORGANIZATION, 5, 11));
        int[] labels = EntityLabels.of(12, spans);
        assertEquals(EntityLabels.OUTSIDE, labels[3]);
        assertEquals(spans, EntityLabels.spans(labels));
    }

    @Test
    void aNameOnlyGoesOnInItsOwnType() {
        int[] person = EntityLabels.of(3, List.of(new EntitySpan(EntityType.PERSON, 0, 3)));
        int[] place = EntityLabels.of(3, List.of(new EntitySpan(EntityType.PLACE, 0, 3)));
        assertTrue(EntityLabels.allowed(person[0], person[1]));
        assertTrue(EntityLabels.allowed(person[1], person[2]));
        assertFalse(EntityLabels.allowed(person[0], place[1]), "a person's begin followed by a place's middle");
        assertFalse(EntityLabels.allowed(-1, person[1]), "a text cannot start inside a name");
        assertFalse(EntityLabels.allowed(EntityLabels.OUTSIDE, person[2]), "an end needs its begin");
        assertFalse(EntityLabels.mayEnd(person[0]), "a text cannot end on a begin");
        assertTrue(EntityLabels.mayEnd(person[2]));
    }
}
