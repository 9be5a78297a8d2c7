package io.github.clvss.admin.institution;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.github.clvss.admin.base.FieldCheck;
import io.github.clvss.admin.base.FormDialog;
import io.github.clvss.admin.base.Paging;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.access.TerritoryId;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionDirectory;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.territory.Siret;
import java.util.Optional;

/**
 * Corrects an institution of the shared directory: directly when the actor may (a platform
 * administrator, or a coordinator whose territory alone uses it), otherwise as a proposal for the
 * other territories. The input stays when vss refuses it, with the reasons on the fields.
 */
final class InstitutionEditor extends FormDialog<InstitutionForm> {

    private final transient InstitutionDirectory directory;
    private final transient Actor actor;
    private final transient Optional<TerritoryId> territory;
    private final transient Institution current;
    private final boolean direct;

    /**
     * @param territory the territory the actor acts for (a proposal is made in its name)
     * @param saved told once the institution is corrected or the change proposed
     */
    InstitutionEditor(InstitutionDirectory directory, Actor actor, Optional<TerritoryId> territory, Institution current,
            Runnable saved) {
        super("institutions.title", InstitutionForm.class, InstitutionMapping.MAP.toForm(current), saved);
        this.directory = directory;
        this.actor = actor;
        this.territory = territory;
        this.current = current;
        this.direct = directory.mayCorrect(actor, current.id());
        setHeaderTitle(current.name());
        saveButton().setText(getTranslation(direct ? "referents.save" : "institutions.propose"));
        saveButton().setEnabled(direct || territory.isPresent());
        listEveryProblem();
        binder().setDefaultValidatorsEnabled(false);
        if (!direct) {
            Paragraph shared = new Paragraph(getTranslation("institutions.edit.shared"));
            shared.addClassName("vss-hint");
            placeOther(shared, 2);
        }
        TextField name = new TextField(getTranslation("partners.add.name"));
        Select<Sector> sector = new Select<>();
        sector.setLabel(getTranslation("partners.add.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sector." + s.name()));
        TextField siret = new TextField("SIRET");
        ComboBox<Institution> parent = new ComboBox<>(getTranslation("institutions.parent"));
        parent.setItemLabelGenerator(Institution::name);
        parent.setItems(query -> directory.list(actor, query.getFilter(), Paging.of(query)).stream());
        model().setParent(current.parent().map(p -> directory.find(actor, p)).orElse(null));

        binder().forField(place("name", name, 1))
                .withValidator(FieldCheck.of((raw, path) -> Texts.required(raw, path, Institution.NAME_MAX), "name", false))
                .bind(InstitutionForm::getName, InstitutionForm::setName);
        binder().forField(place("sector", sector, 1)).bind(InstitutionForm::getSector, InstitutionForm::setSector);
        binder().forField(place("siret", siret, 1)).withValidator(FieldCheck.of(Siret::parse, "siret", true))
                .bind(InstitutionForm::getSiret, InstitutionForm::setSiret);
        binder().forField(place("parent", parent, 1)).bind(InstitutionForm::getParent, InstitutionForm::setParent);
        binder().readBean(model());
    }

    @Override
    protected String save(InstitutionForm form) {
        Institution corrected = InstitutionMapping.MAP.toInstitution(form, current);
        if (direct) {
            directory.correct(actor, corrected);
            return getTranslation("accounts.manage.saved");
        }
        directory.propose(actor, territory.orElseThrow(), corrected);
        return getTranslation("institutions.proposed");
    }
}
