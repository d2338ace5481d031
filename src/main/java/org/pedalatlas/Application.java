package org.pedalatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pedal Access Atlas: a teaching atlas of extreme distal below-the-ankle arterial punctures. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/atlas.css")
@StyleSheet("styles/figures.css")
@StyleSheet("styles/print.css")
@Meta(name = "description", content = "A teaching atlas of extreme distal below-the-ankle arterial punctures")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Application.class);
        // Records each bean's start-up time for the breakdown base.StartupReport logs once the atlas is ready.
        application.setApplicationStartup(org.pedalatlas.base.StartupReport.recorder());
        application.run(args);
    }
}
