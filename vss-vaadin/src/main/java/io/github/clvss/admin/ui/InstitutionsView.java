package io.github.clvss.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.github.clvss.admin.security.CurrentUser;
import io.github.clvss.core.Vss;
import io.github.clvss.core.access.Actor;
import io.github.clvss.core.institution.Institution;
import io.github.clvss.core.institution.InstitutionId;
import io.github.clvss.core.institution.Sector;
import io.github.clvss.core.shared.PageRequest;
import io.github.clvss.core.shared.Parsed;
import io.github.clvss.core.shared.Texts;
import io.github.clvss.core.shared.Validation;
import io.github.clvss.core.shared.VssException;
import io.github.clvss.core.territory.Siret;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The shared directory of institutions (a préfecture, a parquet, a hospital serve many towns):
 * one record each, with its parent. Coordinators and platform administrators correct them.
 */
@Route("institutions")
@RolesAllowed({"PLATFORM_ADMINISTRATOR", "COORDINATOR"})
public final class InstitutionsView extends Main implements HasDynamicTitle {

    InstitutionsView(Vss vss, CurrentUser user) {
        addClassName("vss-page");
        add(new H1(getTranslation("institutions.title")), new Paragraph(getTranslation("institutions.help")));
        TextField search = new TextField(getTranslation("institutions.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Grid<Institution> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("institutions.title"));
        grid.addColumn(Institution::name).setHeader(getTranslation("partners.add.name")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation("sector." + i.sector().name())).setHeader(getTranslation("partners.add.sector"));
        grid.addColumn(i -> i.siret().map(Siret::value).orElse("")).setHeader("SIRET");
        grid.addColumn(i -> i.parent().map(p -> vss.institutions().find(user.actor(), p).name()).orElse(""))
                .setHeader(getTranslation("institutions.parent")).setFlexGrow(2);
        grid.addComponentColumn(i -> {
            Button edit = new Button(getTranslation("resources.edit"), click -> edit(vss, user, i, grid));
            edit.setAriaLabel(getTranslation("resources.edit.aria", i.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader(getTranslation("partners.column.actions"));
        grid.setItems(query -> vss.institutions().list(user.actor(), Optional.ofNullable(search.getValue()),
                        new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT))).stream(),
                query -> (int) vss.institutions().count(user.actor(), Optional.ofNullable(search.getValue())));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(search, grid);
    }

    private void edit(Vss vss, CurrentUser user, Institution institution, Grid<Institution> grid) {
        Actor actor = user.actor();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(institution.name());
        TextField name = new TextField(getTranslation("partners.add.name"));
        name.setValue(institution.name());
        Select<Sector> sector = new Select<>();
        sector.setLabel(getTranslation("partners.add.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sector." + s.name()));
        sector.setValue(institution.sector());
        TextField siret = new TextField("SIRET");
        institution.siret().ifPresent(s -> siret.setValue(s.value()));
        ComboBox<Institution> parent = new ComboBox<>(getTranslation("institutions.parent"));
        parent.setItemLabelGenerator(Institution::name);
        parent.setItems(query -> vss.institutions().list(actor, query.getFilter(),
                new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT))).stream());
        institution.parent().map(p -> vss.institutions().find(actor, p)).ifPresent(parent::setValue);
        ProblemList problems = new ProblemList();
        dialog.add(problems, new FormLayout(name, sector, siret, parent));
        Button save = new Button(getTranslation("referents.save"), click -> {
            Validation check = new Validation();
            Optional<String> n = check.take(Texts.required(name.getValue(), "name", Institution.NAME_MAX));
            Optional<Optional<Siret>> s = check.take(siret.isEmpty() ? Parsed.valid(Optional.empty())
                    : Siret.parse(siret.getValue(), "siret").map(Optional::of));
            if (check.hasErrors()) {
                problems.show(getTranslation("form.problems"), check.problems());
                return;
            }
            try {
                Optional<InstitutionId> parentId = Optional.ofNullable(parent.getValue()).map(Institution::id);
                vss.institutions().correct(actor, institution.correct(n.orElseThrow(), sector.getValue(), s.orElseThrow(), parentId));
                grid.getDataProvider().refreshAll();
                Refusals.done(getTranslation("accounts.manage.saved"));
                dialog.close();
            } catch (VssException refused) {
                problems.show(getTranslation("form.problems"), refused.problems());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institutions.title");
    }
}
