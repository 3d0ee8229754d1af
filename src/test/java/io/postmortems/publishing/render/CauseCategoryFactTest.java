package io.postmortems.publishing.render;

import io.postmortems.core.model.PostMortem;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The cause category is a fact of the page when the post-mortem has one; pages without one stay as they were. */
public class CauseCategoryFactTest {
    private static final StorageFormatRenderer RENDERER = new StorageFormatRenderer();

    @Test
    public void render_shouldShowTheCauseCategoryAmongTheFactsOnlyWhenSet() {
        PostMortem without = Samples.complete();
        String before = RENDERER.render(without, Samples.target()).storageBody();
        assertFalse(before.contains("Cause category"));
        PostMortem with = Samples.complete();
        with.setCauseCategory("code <defect>");
        String after = RENDERER.render(with, Samples.target()).storageBody();
        assertTrue(after, after.contains("Cause category") && after.contains("code &lt;defect&gt;"));
        with.setCauseCategory(" ");
        assertEquals(before, RENDERER.render(with, Samples.target()).storageBody());
    }
}
