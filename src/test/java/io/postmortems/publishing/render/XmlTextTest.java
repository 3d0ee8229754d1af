package io.postmortems.publishing.render;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

public class XmlTextTest {
    @Test
    public void clean_shouldRemoveWhatXmlForbidsAndBidiControls() {
        assertEquals("abc\td\ne", XmlText.clean("a\u0000b\u0001c\td\ne\u000B\u007F\u0085"));
        assertEquals("xy", XmlText.clean("x\uD800y\uDC00"));
        assertEquals("x\uD83D\uDD25", XmlText.clean("x\uD83D\uDD25\uFFFE\uFFFF"));
        assertEquals("gnp.exe", XmlText.clean("\u202Egnp.exe\u202C\u2066\u2069"));
    }

    @Test
    public void clean_shouldTurnCarriageReturnsIntoNewlines() {
        assertEquals("a\nb\nc", XmlText.clean("a\r\nb\rc"));
    }

    @Test
    public void clean_shouldReturnTheSameStringWhenNothingChanges() {
        String s = "plain text";
        assertSame(s, XmlText.clean(s));
        assertEquals("", XmlText.clean(null));
    }

    @Test
    public void escape_shouldEscapeTheFiveXmlCharactersAndCdataTerminators() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt; ]]&gt;",
                XmlText.escape("<a href=\"x\">R&D's</a> ]]>"));
    }

    @Test
    public void oneLine_shouldCollapseWhitespaceIncludingNoBreakSpace() {
        assertEquals("a b c", XmlText.oneLine("  a\t\n b\u00A0\u2003c \n"));
    }

    @Test
    public void truncate_shouldNotSplitASurrogatePair() {
        assertEquals("ab", XmlText.truncate("ab\uD83D\uDD25", 3));
        assertEquals("ab\uD83D\uDD25", XmlText.truncate("ab\uD83D\uDD25", 4));
    }
}
