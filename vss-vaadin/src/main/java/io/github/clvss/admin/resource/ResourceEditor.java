package io.github.clvss.admin.resource;

import io.github.clvss.admin.base.ProblemList;
import io.github.clvss.admin.base.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.resource.Audience;
import io.github.clvss.core.resource.Resource;
import io.github.clvss.core.resource.ResourceId;
import io.github.clvss.core.resource.ResourceKind;
import io.github.clvss.core.resource.ResourceScope;
import io.github.clvss.core.shared.Language;
import io.github.clvss.core.shared.PhoneNumber;
import io.github.clvss.core.shared.Provenance;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.Verification;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Territory;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Adds or corrects one of the territory's (or its département's) useful addresses. */
final class ResourceForm extends Dialog {

    ResourceForm(Territory territory, Optional<Resource> current, Clock clock, Actor actor, Function<Resource, Resource> save,
            Runnable saved) {
        setHeaderTitle(getTranslation(current.isPresent() ? "resources.edit" : "resources.add"));
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
        TextField phone = new TextField(getTranslation("referents.column.phone"));
        TextField sms = new TextField("SMS");
        TextField web = new TextField(getTranslation("partners.web"));
        TextField address = new TextField(getTranslation("partners.address"));
        TextField hours = new TextField(getTranslation("resources.hours"));
        Checkbox free = new Checkbox(getTranslation("resources.free"));
        Checkbox anonymous = new Checkbox(getTranslation("resources.anonymous"));
        CheckboxGroup<Audience> audiences = new CheckboxGroup<>(getTranslation("resources.audiences"));
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> getTranslation("resources.audience." + a.name()));
        scope.setValue(current.map(Resource::scope).orElse(ResourceScope.LOCAL));
        kind.setValue(current.map(Resource::kind).orElse(ResourceKind.OTHER));
        current.ifPresent(r -> {
            name.setValue(r.name());
            french.setValue(r.description().getOrDefault(Language.FR, ""));
            english.setValue(r.description().getOrDefault(Language.EN, ""));
            r.phone().ifPresent(p -> phone.setValue(p.display()));
            r.sms().ifPresent(p -> sms.setValue(p.display()));
            r.web().ifPresent(web::setValue);
            r.address().ifPresent(address::setValue);
            r.hours().ifPresent(hours::setValue);
            free.setValue(r.free());
            anonymous.setValue(r.anonymous());
            audiences.setValue(r.audiences());
        });
        ProblemList problems = new ProblemList();
        add(problems, new FormLayout(scope, kind, name, french, english, phone, sms, web, address, hours, free, anonymous, audiences));
        Button ok = new Button(getTranslation("referents.save"), click -> {
            Validation check = new Validation();
            Optional<String> n = check.take(Texts.required(name.getValue(), "name", Resource.NAME_MAX));
            Optional<Optional<PhoneNumber>> p = check.take(PhoneNumber.parseOptional(Optional.of(phone.getValue()), "phone"));
            Optional<Optional<PhoneNumber>> s = check.take(PhoneNumber.parseOptional(Optional.of(sms.getValue()), "sms"));
            Map<Language, String> description = new EnumMap<>(Language.class);
            if (!french.isEmpty()) {
                description.put(Language.FR, french.getValue().strip());
            }
            if (!english.isEmpty()) {
                description.put(Language.EN, english.getValue().strip());
            }
            Optional<io.github.clvss.core.access.TerritoryId> place = scope.getValue() == ResourceScope.LOCAL
                    ? Optional.of(territory.id()) : Optional.empty();
            if (n.isPresent() && p.isPresent() && s.isPresent()) {
                check.addAll(Resource.inconsistencies(scope.getValue(), Optional.of(territory.facts().department()), place,
                        n.get(), description, p.get(), s.get(), text(web), text(address), "resource"));
            }
            if (check.hasErrors()) {
                problems.show(getTranslation("form.problems"), check.problems());
                return;
            }
            try {
                save.apply(new Resource(current.map(Resource::id).orElseGet(() -> ResourceId.next(clock)),
                        current.map(Resource::version).orElse(0L), scope.getValue(), Optional.of(territory.facts().department()),
                        place, kind.getValue(), n.orElseThrow(), description, p.orElseThrow(), s.orElseThrow(), text(web),
                        text(address), text(hours), current.flatMap(Resource::languages), current.flatMap(Resource::accessibility),
                        free.getValue(), anonymous.getValue(), audiences.getValue().isEmpty() ? EnumSet.noneOf(Audience.class)
                                : EnumSet.copyOf(audiences.getValue()), Verification.now(clock, actor.id()),
                        current.map(Resource::provenance).orElse(Provenance.ENTERED)));
                saved.run();
                Refusals.done(getTranslation("accounts.manage.saved"));
                close();
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), refused.problems());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }

    private static Optional<String> text(TextField field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(field.getValue().strip());
    }
}
