package io.postmortems.jira.provisioning;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortems.jira.platform.ClusterLocks;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates the issue type "Post-mortem", the sub-task type "Countermeasure", the issue link type "Countermeasure" and
 * the issue link type "Post-mortem" (is post-mortem of / has post-mortem). Idempotent and cluster-safe (one cluster
 * lock, look-up by name before creating). A newly created Post-mortem type gets the app's icon ({@value #ICON}); a
 * refused icon is logged, never a provisioning failure.
 */
@Named
public class Provisioning {
    public static final String POST_MORTEM_TYPE = "Post-mortem";
    public static final String COUNTERMEASURE_TYPE = "Countermeasure";
    public static final String LINK_TYPE = "Countermeasure";

    /**
     * The one test for "this is the app's Post-mortem issue type": names compare ignoring case, as provisioning
     * finds an existing type, so a type an administrator renamed to "Post-Mortem" is still ours everywhere.
     */
    public static boolean isPostMortemType(IssueType type) {
        return type != null && POST_MORTEM_TYPE.equalsIgnoreCase(type.getName());
    }
    public static final String LINK_OUTWARD = "has countermeasure";
    public static final String LINK_INWARD = "is countermeasure for";
    /** Links a post-mortem (source) to the incident it was started from (destination). */
    public static final String INCIDENT_LINK_TYPE = "Post-mortem";
    public static final String INCIDENT_LINK_OUTWARD = "is post-mortem of";
    public static final String INCIDENT_LINK_INWARD = "has post-mortem";
    static final String POST_MORTEM_DESCRIPTION = "A blameless write-up of an incident, with its timeline, root cause"
            + " and countermeasures.";
    /** Classpath location of the Post-mortem issue type icon (48x48 PNG; images/postmortem-issuetype.svg is its source). */
    static final String ICON = "images/postmortem-issuetype.png";
    static final String LOCK = "provisioning";
    static final long LOCK_WAIT_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);

    private final IssueTypeManager issueTypes;
    private final IssueLinkTypeManager linkTypes;
    private final AvatarManager avatars;
    private final ClusterLocks locks;

    @Inject
    public Provisioning(@ComponentImport IssueTypeManager issueTypes, @ComponentImport IssueLinkTypeManager linkTypes,
                        @ComponentImport AvatarManager avatars, ClusterLocks locks) {
        this.issueTypes = issueTypes;
        this.linkTypes = linkTypes;
        this.avatars = avatars;
        this.locks = locks;
    }

    /**
     * Makes sure every item exists; returns what was created now (empty when all existed).
     *
     * @throws IllegalStateException when the provisioning lock could not be had in time
     */
    public List<String> ensure() throws InterruptedException {
        return locks.withLock(LOCK, LOCK_WAIT_SECONDS, this::ensureLocked).orElseThrow(() ->
                new IllegalStateException("another node is still provisioning the Post-mortem issue types"));
    }

    private List<String> ensureLocked() {
        List<String> created = new ArrayList<>();
        if (findType(POST_MORTEM_TYPE).isEmpty()) {
            IssueType type = issueTypes.createIssueType(POST_MORTEM_TYPE, POST_MORTEM_DESCRIPTION,
                    avatarOf("Bug", false));
            created.add("issue type " + POST_MORTEM_TYPE);
            if (type != null && useOwnIcon(type)) {
                created.add("icon of " + POST_MORTEM_TYPE);
            }
        }
        if (findType(COUNTERMEASURE_TYPE).isEmpty()) {
            issueTypes.createSubTaskIssueType(COUNTERMEASURE_TYPE, "A committed follow-up action of a"
                    + " post-mortem.", avatarOf("Sub-task", true));
            created.add("sub-task type " + COUNTERMEASURE_TYPE);
        }
        if (linkTypes.getIssueLinkTypesByName(LINK_TYPE).isEmpty()) {
            linkTypes.createIssueLinkType(LINK_TYPE, LINK_OUTWARD, LINK_INWARD, null);
            created.add("issue link type " + LINK_TYPE);
        }
        if (linkTypes.getIssueLinkTypesByName(INCIDENT_LINK_TYPE).isEmpty()) {
            linkTypes.createIssueLinkType(INCIDENT_LINK_TYPE, INCIDENT_LINK_OUTWARD, INCIDENT_LINK_INWARD, null);
            created.add("issue link type " + INCIDENT_LINK_TYPE);
        }
        if (!created.isEmpty()) {
            LOG.info("Post-Mortems provisioned: {}", created);
        }
        return created;
    }

    /** Uploads the app's icon as the type's avatar and selects it; false (borrowed icon kept) when Jira refuses. */
    private boolean useOwnIcon(IssueType type) {
        try (InputStream image = Provisioning.class.getClassLoader().getResourceAsStream(ICON)) {
            if (image == null) {
                LOG.warn("Post-Mortems: {} is missing from the app; the Post-mortem type keeps its borrowed icon", ICON);
                return false;
            }
            Avatar avatar = avatars.create("postmortem-issuetype.png", "image/png", IconType.ISSUE_TYPE_ICON_TYPE,
                    new IconOwningObjectId(type.getId()), image, null);
            issueTypes.updateIssueType(type, POST_MORTEM_TYPE, POST_MORTEM_DESCRIPTION, avatar.getId());
            return true;
        } catch (IOException | DataAccessException e) {
            LOG.warn("Post-Mortems: Jira did not store the Post-mortem type's icon ({}); it keeps its borrowed icon",
                    e.getMessage());
            return false;
        }
    }

    private Optional<IssueType> findType(String name) {
        return issueTypes.getIssueTypes().stream().filter(t -> name.equalsIgnoreCase(t.getName())).findFirst();
    }

    private Long avatarOf(String preferred, boolean subTask) {
        Optional<IssueType> source = findType(preferred);
        if (source.isEmpty()) {
            source = issueTypes.getIssueTypes().stream().filter(t -> t.isSubTask() == subTask).findFirst();
        }
        Avatar avatar = source.map(IssueType::getAvatar).orElse(null);
        return avatar == null ? null : avatar.getId();
    }
}
