package io.github.clvss.admin.communication;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.PartnerId;
import io.github.clvss.core.communication.Campaign;
import io.github.clvss.core.communication.CampaignAudience;
import io.github.clvss.core.communication.CampaignId;
import io.github.clvss.core.communication.CampaignStatus;
import io.github.clvss.core.communication.Channel;
import io.github.clvss.core.communication.CommunicationPlan;
import io.github.clvss.core.shared.Messages;
import io.github.clvss.core.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a campaign or an action of one, or changes it (the coordinator). The input stays when
 * vss refuses it, with the reasons on the fields; a change someone saved meanwhile is not
 * overwritten.
 */
final class CampaignEditor extends FormDialog<CampaignForm> {

    private final transient CommunicationPlan communication;
    private final transient Actor actor;
    private final CampaignMapping.Kept kept;
    private final boolean planned;

    /**
     * @param day the first day of a new campaign
     * @param partners the contract's partners, by name, who may lead it
     * @param campaigns the campaigns it may be part of, by title
     */
    CampaignEditor(CommunicationPlan communication, Actor actor, CampaignMapping.Kept kept, Optional<Campaign> current,
            LocalDate day, Map<PartnerId, String> partners, Map<CampaignId, String> campaigns, Runnable saved) {
        super(current.isPresent() ? "communication.edit" : "communication.plan", CampaignForm.class,
                current.map(CampaignMapping.MAP::toForm).orElseGet(() -> fresh(day)), saved);
        this.communication = communication;
        this.actor = actor;
        this.kept = kept;
        this.planned = current.isEmpty();
        TextField title = new TextField(getTranslation("communication.form.title"));
        title.setRequiredIndicatorVisible(true);
        DatePicker start = new DatePicker(getTranslation("communication.form.start"));
        DatePicker end = new DatePicker(getTranslation("communication.form.end"));
        CheckboxGroup<CampaignAudience> audiences = new CheckboxGroup<>(getTranslation("communication.form.audiences"));
        audiences.setItems(CampaignAudience.values());
        audiences.setItemLabelGenerator(a -> getTranslation("communication.audience." + a.name()));
        CheckboxGroup<Channel> channels = new CheckboxGroup<>(getTranslation("communication.form.channels"));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(c -> getTranslation("communication.channel." + c.name()));
        Select<CampaignStatus> status = new Select<>();
        status.setLabel(getTranslation("communication.form.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation("communication.status." + s.name()));
        IntegerField reached = new IntegerField(getTranslation("communication.form.reached"));
        reached.setMin(0);
        Select<Optional<PartnerId>> owner = new Select<>();
        owner.setLabel(getTranslation("communication.form.owner"));
        owner.setItems(optional(partners.keySet()));
        owner.setItemLabelGenerator(o -> o == null || o.isEmpty() ? getTranslation("communication.form.none")
                : partners.get(o.get()));
        Select<Optional<CampaignId>> partOf = new Select<>();
        partOf.setLabel(getTranslation("communication.form.part-of"));
        partOf.setItems(optional(campaigns.keySet()));
        partOf.setItemLabelGenerator(o -> o == null || o.isEmpty() ? getTranslation("communication.form.none")
                : campaigns.get(o.get()));

        String required = Messages.of(getLocale()).text(Problem.general("text.required"));
        binder().forField(place("campaign.title", title, 1)).bind(CampaignForm::getTitle, CampaignForm::setTitle);
        binder().forField(place("campaign.partOf", partOf, 1)).bind(CampaignForm::getPartOf, CampaignForm::setPartOf);
        binder().forField(place("campaign.start", start, 1)).asRequired(required)
                .bind(CampaignForm::getStart, CampaignForm::setStart);
        binder().forField(place("campaign.end", end, 1)).bind(CampaignForm::getEnd, CampaignForm::setEnd);
        binder().forField(place("campaign.audiences", audiences, 1))
                .bind(CampaignForm::getAudiences, CampaignForm::setAudiences);
        binder().forField(place("campaign.channels", channels, 1)).bind(CampaignForm::getChannels, CampaignForm::setChannels);
        binder().forField(place("campaign.owner", owner, 1)).bind(CampaignForm::getOwner, CampaignForm::setOwner);
        binder().forField(place("campaign.status", status, 1)).asRequired(required)
                .bind(CampaignForm::getStatus, CampaignForm::setStatus);
        binder().forField(place("campaign.peopleReached", reached, 1))
                .bind(CampaignForm::getPeopleReached, CampaignForm::setPeopleReached);
        binder().readBean(model());
    }

    private static CampaignForm fresh(LocalDate day) {
        CampaignForm form = new CampaignForm();
        form.setStart(day);
        return form;
    }

    /** "None" first, then each of {@code ids}. */
    private static <T> List<Optional<T>> optional(java.util.Collection<T> ids) {
        List<Optional<T>> all = new ArrayList<>();
        all.add(Optional.empty());
        ids.forEach(id -> all.add(Optional.of(id)));
        return all;
    }

    @Override
    protected String save(CampaignForm form) {
        Campaign campaign = CampaignMapping.MAP.toCampaign(form, kept);
        if (planned) {
            communication.plan(actor, campaign);
        } else {
            communication.update(actor, campaign);
        }
        return getTranslation("accounts.manage.saved");
    }
}
