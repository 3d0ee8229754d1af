package io.postmortems.jira.provisioning;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On every plugin start, recreates a type an administrator deleted (finds first, so normally does nothing). */
@Named
@ExportAsService(LifecycleAware.class)
public class ProvisionOnStart implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(ProvisionOnStart.class);
    private final Provisioning provisioning;

    @Inject
    public ProvisionOnStart(Provisioning provisioning) {
        this.provisioning = provisioning;
    }

    @Override
    public void onStart() {
        try {
            provisioning.ensure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            LOG.warn("Post-Mortems types not checked at start: {}", e.getMessage());
        }
    }

    @Override
    public void onStop() {
        // nothing to release
    }
}
