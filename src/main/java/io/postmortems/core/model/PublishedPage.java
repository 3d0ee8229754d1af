package io.postmortems.core.model;

import java.time.OffsetDateTime;

/** Where the write-up lives in Confluence once published; kept so re-publishing updates the same page. */
public class PublishedPage extends Extensible {
    private String pageId;
    private String spaceKey;
    private String url;
    private Integer version;
    private String contentHash;
    private OffsetDateTime publishedAt;
    /** When it was first published; kept by every later publish (the revisit date counts from it). */
    private OffsetDateTime firstPublishedAt;

    public String getPageId() { return pageId; }
    public void setPageId(String pageId) { this.pageId = pageId; }
    public String getSpaceKey() { return spaceKey; }
    public void setSpaceKey(String spaceKey) { this.spaceKey = spaceKey; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getContentHash() { return contentHash; }
    public void setContentHash(String contentHash) { this.contentHash = contentHash; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(OffsetDateTime publishedAt) { this.publishedAt = publishedAt; }
    public OffsetDateTime getFirstPublishedAt() { return firstPublishedAt; }
    public void setFirstPublishedAt(OffsetDateTime firstPublishedAt) { this.firstPublishedAt = firstPublishedAt; }
}
