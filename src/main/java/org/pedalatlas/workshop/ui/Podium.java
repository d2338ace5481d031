package org.pedalatlas.workshop.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

import org.pedalatlas.workshop.WorkshopRecords.Standing;

/**
 * The end of a session on the projector: the first three places as steps (second, first, third from the left, as
 * on a real podium), then the rest of the top ten. Players on equal points share a step, so a tie is seen as one.
 */
final class Podium extends Div {

    private static final String[] PLACE = {"1st", "2nd", "3rd"};

    Podium(List<Standing> standings) {
        setId("podium");
        addClassName("podium");
        Div steps = new Div();
        steps.addClassName("podium-steps");
        for (int place : new int[] {2, 1, 3}) {
            List<Standing> here = standings.stream().filter(s -> s.rank() == place).toList();
            if (here.isEmpty()) {
                continue;
            }
            Div names = new Div();
            names.addClassName("podium-names");
            here.forEach(s -> names.add(new Span(s.nickname())));
            Span points = new Span(here.getFirst().score() + " pts");
            points.addClassName("podium-points");
            Span label = new Span(PLACE[place - 1]);
            label.addClassName("podium-place");
            Div block = new Div(label);
            block.addClassName("podium-block");
            Div step = new Div(names, points, block);
            step.addClassName("podium-step");
            step.addClassName("place-" + place);
            step.getElement().setAttribute("aria-label", PLACE[place - 1] + " place: "
                    + String.join(", ", here.stream().map(Standing::nickname).toList()) + ", " + here.getFirst().score()
                    + " points");
            steps.add(step);
        }
        add(steps);
        List<Standing> rest = standings.stream().filter(s -> s.rank() > 3).limit(7).toList();
        if (!rest.isEmpty()) {
            OrderedList list = new OrderedList();
            list.setId("leaderboard");
            list.addClassName("leaderboard");
            list.addClassName("after-podium");
            rest.forEach(s -> list.add(new ListItem(new Span(s.rank() + ". " + s.nickname()), new Span(s.score() + " pts"))));
            add(list);
        }
    }
}
