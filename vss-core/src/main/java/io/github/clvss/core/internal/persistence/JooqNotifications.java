package io.github.clvss.core.internal.persistence;

import static io.github.clvss.core.internal.persistence.schema.Tables.VSS_NOTIFICATION;

import io.github.clvss.core.account.AccountId;
import io.github.clvss.core.internal.persistence.schema.Indexes;
import io.github.clvss.core.internal.persistence.schema.tables.records.VssNotificationRecord;
import io.github.clvss.core.notification.Notification;
import io.github.clvss.core.notification.NotificationId;
import io.github.clvss.core.notification.Notifications;
import io.github.clvss.core.shared.PageRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Notifications in {@code vss_notification}. */
final class JooqNotifications implements Notifications {

    /** Separates arguments: a control character, which texts never hold. */
    private static final String SEPARATOR = "\u001f";

    private final DSLContext db;

    JooqNotifications(DSLContext db) {
        this.db = db;
    }

    @Override
    public void add(Notification n) {
        VssNotificationRecord r = db.newRecord(VSS_NOTIFICATION);
        r.setId(n.id().value());
        r.setRecipientId(n.recipient().value());
        r.setAt(n.at().atOffset(ZoneOffset.UTC));
        r.setCode(n.code());
        r.setArguments(String.join(SEPARATOR, n.arguments()));
        r.setReadAt(n.readAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null));
        db.executeInsert(r);
    }

    @Override
    public Optional<Notification> find(NotificationId id) {
        return db.selectFrom(VSS_NOTIFICATION).where(VSS_NOTIFICATION.ID.eq(id.value())).fetchOptional(JooqNotifications::notification);
    }

    @Override
    public List<Notification> list(AccountId recipient, PageRequest page) {
        return Seek.page(db, VSS_NOTIFICATION, Indexes.VSS_NOTIFICATION_NEWEST_IX, VSS_NOTIFICATION.RECIPIENT_ID.eq(recipient.value()),
                VSS_NOTIFICATION.ID, List.of(VSS_NOTIFICATION.RECIPIENT_ID), List.of(VSS_NOTIFICATION.AT.desc(), VSS_NOTIFICATION.ID.desc()),
                page)
                .map(JooqNotifications::notification);
    }

    @Override
    public long countUnread(AccountId recipient) {
        return db.fetchCount(VSS_NOTIFICATION,
                VSS_NOTIFICATION.RECIPIENT_ID.eq(recipient.value()).and(VSS_NOTIFICATION.READ_AT.isNull()));
    }

    @Override
    public void markRead(NotificationId id, Instant at) {
        db.update(VSS_NOTIFICATION).set(VSS_NOTIFICATION.READ_AT, at.atOffset(ZoneOffset.UTC))
                .where(VSS_NOTIFICATION.ID.eq(id.value())).execute();
    }

    private static Notification notification(VssNotificationRecord r) {
        List<String> arguments = r.getArguments().isEmpty() ? List.of() : Arrays.asList(r.getArguments().split(SEPARATOR, -1));
        return new Notification(new NotificationId(r.getId()), new AccountId(r.getRecipientId()), r.getAt().toInstant(),
                r.getCode(), arguments, Optional.ofNullable(r.getReadAt()).map(java.time.OffsetDateTime::toInstant));
    }
}
