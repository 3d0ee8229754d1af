package io.postmortems.jira.publish;

import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The schedule is driven by hand: the captured task is run directly, no thread and no sleeping. */
public class PublishSchedulerTest {
    @Rule
    public MockitoRule mockito = MockitoJUnit.rule();

    @Mock
    PublishWorker worker;
    @Mock
    ScheduledExecutorService executor;

    @Test
    public void onStart_shouldScheduleOnePassEveryPeriodAndOnStopShutDown() {
        AtomicInteger created = new AtomicInteger();
        PublishScheduler scheduler = new PublishScheduler(worker, () -> {
            created.incrementAndGet();
            return executor;
        });
        scheduler.onStart();
        scheduler.onStart();
        assertEquals("a second start does not add a second schedule", 1, created.get());
        assertTrue(scheduler.running());
        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(executor).scheduleWithFixedDelay(task.capture(), org.mockito.ArgumentMatchers.eq(
                PublishScheduler.INITIAL_DELAY_SECONDS), org.mockito.ArgumentMatchers.eq(
                PublishScheduler.PERIOD_SECONDS), org.mockito.ArgumentMatchers.eq(TimeUnit.SECONDS));

        task.getValue().run();
        task.getValue().run();
        verify(worker, times(2)).runDue();

        scheduler.onStop();
        verify(executor).shutdownNow();
        assertFalse(scheduler.running());
    }

    @Test
    public void pass_shouldSurviveAFailingWorkerSoTheScheduleContinues() {
        when(worker.runDue()).thenThrow(new IllegalStateException("database gone")).thenReturn(3);
        PublishScheduler scheduler = new PublishScheduler(worker, () -> executor);
        scheduler.pass();
        scheduler.pass();
        verify(worker, times(2)).runDue();
    }

    @Test
    public void pass_shouldSurviveAnErrorSoTheScheduleContinues() {
        when(worker.runDue()).thenThrow(new StackOverflowError()).thenThrow(new AssertionError("x")).thenReturn(1);
        PublishScheduler scheduler = new PublishScheduler(worker, () -> executor);
        scheduler.pass();
        scheduler.pass();
        scheduler.pass();
        verify(worker, times(3)).runDue();
    }

    @Test
    public void onStart_shouldStartAgainAfterAStop() {
        AtomicInteger created = new AtomicInteger();
        PublishScheduler scheduler = new PublishScheduler(worker, () -> {
            created.incrementAndGet();
            return executor;
        });
        scheduler.onStart();
        scheduler.onStop();
        scheduler.onStart();
        assertEquals(2, created.get());
        verify(executor, times(2)).scheduleWithFixedDelay(any(), anyLong(), anyLong(), any());
    }
}
