package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Figure;

class FigureRasterTest {

    private final Figure feet = RealBank.CONTENT.figure("foot-zones").orElseThrow();

    @Test
    void a_figure_becomes_a_png_as_large_as_its_view_box() throws Exception {
        FigureRaster.Drawing drawing = FigureRaster.png(feet);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawing.png()));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(drawing.width()).isEqualTo(1000);
    }

    @Test
    void a_vessel_region_is_outlined_where_the_vessel_is_drawn() {
        List<FigureRaster.Polygon> pieces = FigureRaster.regions(feet).get("dorsalis-pedis-artery");
        assertThat(pieces).isNotEmpty();
        // The dorsalis pedis runs from (262, 585) to (246, 474) in the drawing, stroked about 24 px wide.
        FigureRaster.Polygon outline = pieces.getFirst();
        double minY = outline.points().stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxY = outline.points().stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double minX = outline.points().stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxX = outline.points().stream().mapToDouble(p -> p[0]).max().orElseThrow();
        assertThat(minY).isBetween(455.0, 474.0);
        assertThat(maxY).isBetween(585.0, 600.0);
        assertThat(minX).isBetween(225.0, 246.0);
        assertThat(maxX).isBetween(262.0, 280.0);
        assertThat(outline.moodleCoords()).matches("\\d+,\\d+(;\\d+,\\d+){2,}");
    }

    @Test
    void every_hotspot_region_of_the_bank_has_an_outline() {
        RealBank.CONTENT.questions().stream().filter(q -> q.key() instanceof org.pedalatlas.content.Question.Hotspot)
                .forEach(q -> {
                    var key = (org.pedalatlas.content.Question.Hotspot) q.key();
                    Figure f = RealBank.CONTENT.figure(key.figure()).orElseThrow();
                    assertThat(FigureRaster.regions(f).get(key.region())).as(q.id()).isNotEmpty();
                });
    }
}
