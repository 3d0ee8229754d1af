package io.postmortems.publishing.render;

import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class PagePropertiesReportTest {
    @Test
    public void storageBody_shouldSelectPostmortemPagesOfTheSpaceByLabelAndDetailsId() throws Exception {
        Element macro = (Element) Samples.parseStorage(PagePropertiesReport.storageBody("OPS"))
                .getElementsByTagNameNS(Samples.AC, "structured-macro").item(0);
        assertEquals("detailssummary", macro.getAttributeNS(Samples.AC, "name"));
        Map<String, String> params = new LinkedHashMap<>();
        NodeList list = macro.getElementsByTagNameNS(Samples.AC, "parameter");
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            params.put(p.getAttributeNS(Samples.AC, "name"), p.getTextContent());
        }
        assertEquals("postmortem", params.get("id"));
        assertEquals("label = \"postmortem\" and space = \"OPS\"", params.get("cql"));
        // every heading the report shows is a row of the page's details table
        String page = new StorageFormatRenderer().render(Samples.complete(), Samples.target()).storageBody();
        for (String heading : params.get("headings").split(",")) {
            assertTrue(heading, page.contains("<th>" + heading + "</th>"));
        }
        assertTrue(page.contains("<ac:parameter ac:name=\"id\">" + StorageFormatRenderer.DETAILS_ID + "</ac:parameter>"));
    }

    @Test
    public void storageBody_shouldRejectASpaceKeyThatWouldBreakOutOfTheCqlString() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PagePropertiesReport.storageBody("OPS\" or space = \"HR"));
        assertTrue(e.getMessage(), e.getMessage().contains("space key"));
    }
}
