package io.postmortems.jira.reminders;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the {@link ReminderJob} with Jira's scheduler at start: one job per cluster
 * ({@link RunMode#RUN_ONCE_PER_CLUSTER}) at minute 0 of every hour ({@value #CRON}). Safe on every start and node;
 * on stop only this node's runner is unregistered.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class ReminderJobScheduler implements LifecycleAware {
    static final String KEY = "io.postmortems.reminders";
    static final String CRON = "0 0 * * * ?";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobScheduler.class);

    private final SchedulerService scheduler;
    private final ReminderJob job;

    @Inject
    public ReminderJobScheduler(@ComponentImport SchedulerService scheduler, ReminderJob job) {
        this.scheduler = scheduler;
        this.job = job;
    }

    @Override
    public void onStart() {
        JobRunnerKey runner = JobRunnerKey.of(KEY);
        scheduler.registerJobRunner(runner, job);
        try {
            scheduler.scheduleJob(JobId.of(KEY), JobConfig.forJobRunnerKey(runner)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(CRON)));
        } catch (SchedulerServiceException e) {
            LOG.error("Countermeasure reminders could not be scheduled; no reminders will be sent: {}",
                    e.getMessage());
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(KEY));
    }
}
