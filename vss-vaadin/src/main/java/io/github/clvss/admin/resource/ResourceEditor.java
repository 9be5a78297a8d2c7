package io.github.clvss.admin.resource;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Adds or corrects one of the territory's (or its département's) useful addresses. The input
 * stays when vss refuses it, with the reasons on the fields and listed above them.
 */
final class ResourceEditor extends FormDialog<ResourceForm> {

    private final transient Clock clock;
    private final transient Actor actor;
    private final transient Function<Resource, Resource> store;
    private final ResourceMapping.Kept kept;

    /**
     * @param store adds or corrects the address in vss-core (and says why not)
     */
    ResourceEditor(Territory territory, Optional<Resource> current, Clock clock, Actor actor,
            Function<Resource, Resource> store, Runnable saved) {
        super(current.isPresent() ? "resources.edit" : "resources.add", ResourceForm.class,
                current.map(ResourceMapping.MAP::toForm).orElseGet(ResourceForm::new), saved);
        this.clock = clock;
        this.actor = actor;
        this.store = store;
        this.kept = current.map(r -> ResourceMapping.Kept.of(r, territory.id(), territory.facts().department()))
                .orElseGet(() -> ResourceMapping.Kept.fresh(ResourceId.next(clock), territory.id(),
                        territory.facts().department()));
        listEveryProblem();
        Select<ResourceScope> scope = new Select<>();
        scope.setLabel(getTranslation("resources.column.scope"));
        scope.setItems(ResourceScope.LOCAL, ResourceScope.DEPARTMENTAL);
        scope.setItemLabelGenerator(s -> s == null ? "" : getTranslation("resources.scope." + s.name()));
        Select<ResourceKind> kind = new Select<>();
        kind.setLabel(getTranslation("resources.kind"));
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("resources.kind." + k.name()));
        TextField name = new TextField(getTranslation("resources.column.name"));
        TextArea french = new TextArea(getTranslation("resources.description.fr"));
        TextArea english = new TextArea(getTranslation("resources.description.en"));
        TextField phone = new TextField(getTranslation("resources.phone"));
        TextField sms = new TextField(getTranslation("resources.sms"));
        TextField web = new TextField(getTranslation("partners.web"));
        TextField address = new TextField(getTranslation("partners.address"));
        TextField hours = new TextField(getTranslation("resources.hours"));
        Checkbox free = new Checkbox(getTranslation("resources.free"));
        Checkbox anonymous = new Checkbox(getTranslation("resources.anonymous"));
        CheckboxGroup<Audience> audiences = new CheckboxGroup<>(getTranslation("resources.audiences"));
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> getTranslation("resources.audience." + a.name()));

        binder().forField(place("resource.scope", scope, 1)).bind(ResourceForm::getScope, ResourceForm::setScope);
        binder().forField(place("resource.kind", kind, 1)).bind(ResourceForm::getKind, ResourceForm::setKind);
        binder().forField(place("resource.name", name, 1)).bind(ResourceForm::getName, ResourceForm::setName);
        binder().forField(place("resource.description", french, 1)).bind(ResourceForm::getFrench, ResourceForm::setFrench);
        binder().forField(place("resource.description.en", english, 1))
                .bind(ResourceForm::getEnglish, ResourceForm::setEnglish);
        binder().forField(place("resource.phone", phone, 1))
                .withValidator(FieldCheck.of(PhoneNumber::parse, "resource.phone", true))
                .bind(ResourceForm::getPhone, ResourceForm::setPhone);
        binder().forField(place("resource.sms", sms, 1))
                .withValidator(FieldCheck.of(PhoneNumber::parse, "resource.sms", true))
                .bind(ResourceForm::getSms, ResourceForm::setSms);
        binder().forField(place("resource.web", web, 1)).bind(ResourceForm::getWeb, ResourceForm::setWeb);
        binder().forField(place("resource.address", address, 1)).bind(ResourceForm::getAddress, ResourceForm::setAddress);
        binder().forField(place("resource.hours", hours, 1)).bind(ResourceForm::getHours, ResourceForm::setHours);
        binder().forField(free).bind(ResourceForm::isFree, ResourceForm::setFree);
        binder().forField(anonymous).bind(ResourceForm::isAnonymous, ResourceForm::setAnonymous);
        placeOther(free, 1);
        placeOther(anonymous, 1);
        binder().forField(place("resource.audiences", audiences, 1))
                .bind(ResourceForm::getAudiences, ResourceForm::setAudiences);
        binder().readBean(model());
    }

    @Override
    protected String save(ResourceForm form) {
        store.apply(ResourceMapping.MAP.toResource(form, kept, Verification.now(clock, actor.id())));
        return getTranslation("accounts.manage.saved");
    }
}
