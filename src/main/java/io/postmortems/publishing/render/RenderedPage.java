package io.postmortems.publishing.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A post-mortem as a Confluence page: title, body in storage format (XHTML) and labels.
 * {@link #contentHash()} identifies the content, so an unchanged page is not written again.
 */
public record RenderedPage(String title, String storageBody, List<String> labels) {
    public RenderedPage {
        labels = List.copyOf(labels);
    }

    /** SHA-256 over title, body and labels, hex-encoded. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(title.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(storageBody.getBytes(StandardCharsets.UTF_8));
            for (String label : labels) {
                digest.update((byte) 0);
                digest.update(label.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
