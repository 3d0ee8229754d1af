package io.postmortems.core.reminders;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One run of the reminder job: claims each planned reminder in the {@link ReminderLedger}, then sends what it
 * claimed. A digest goes out only if its one key was claimed here; an escalation goes out naming only the
 * countermeasures whose keys were claimed here (the others were told before). A message that could not be handed
 * over gives its claims back, so the next run tries again.
 */
public final class ReminderRound {
    /**
     * What a run did.
     *
     * @param sent        messages handed over
     * @param alreadySent planned messages left out because every key was claimed before (an earlier run or node)
     * @param failed      messages that could not be handed over (claims released)
     */
    public record Outcome(int sent, int alreadySent, int failed) {
    }

    private final ReminderLedger ledger;
    private final ReminderSender sender;

    public ReminderRound(ReminderLedger ledger, ReminderSender sender) {
        this.ledger = Objects.requireNonNull(ledger);
        this.sender = Objects.requireNonNull(sender);
    }

    public Outcome run(List<Reminder> planned) {
        int sent = 0;
        int already = 0;
        int failed = 0;
        for (Reminder reminder : planned) {
            Reminder claimed = claim(reminder);
            if (claimed == null) {
                already++;
                continue;
            }
            boolean handedOver;
            try {
                handedOver = sender.send(claimed);
            } catch (RuntimeException e) {
                handedOver = false;
            }
            if (handedOver) {
                sent++;
            } else {
                claimed.keys().forEach(ledger::release);
                failed++;
            }
        }
        return new Outcome(sent, already, failed);
    }

    /** The part of the reminder this run may send, or null when nothing of it is left. */
    private Reminder claim(Reminder reminder) {
        if (reminder.kind() == ReminderKind.DIGEST) {
            return reminder.keys().stream().allMatch(ledger::claim) ? reminder : null;
        }
        List<DueCountermeasure> items = new ArrayList<>();
        List<ReminderKey> keys = new ArrayList<>();
        for (int i = 0; i < reminder.overdue().size(); i++) {
            ReminderKey key = reminder.keys().get(i);
            if (ledger.claim(key)) {
                items.add(reminder.overdue().get(i));
                keys.add(key);
            }
        }
        return items.isEmpty() ? null
                : new Reminder(reminder.kind(), reminder.recipient(), items, List.of(), keys);
    }
}
