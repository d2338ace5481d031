package org.pedalatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pedalatlas.content.Question;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The QTI package of the whole bank, checked by the published IMS schemas (src/test/resources/xsd, see SOURCE.md)
 * rather than by our own writer: every item file against QTI 2.1, the manifest against Content Packaging 1.1.
 */
class QtiPackageValidationTest {

    private static Map<String, byte[]> files;

    @BeforeAll
    static void exportTheWholeBank() throws IOException {
        byte[] zip = new Exporter(RealBank.CONTENT).export(ExportFilter.all(), ExportFormat.QTI).bytes();
        files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
    }

    @Test
    void every_question_has_an_item_file_and_every_figure_is_in_the_package() {
        assertThat(files).containsKey("imsmanifest.xml");
        for (Question q : RealBank.CONTENT.questions()) {
            assertThat(files).as(q.id()).containsKey("items/" + q.id() + ".xml");
            if (q.key() instanceof Question.Hotspot h) {
                assertThat(files).containsKey("images/" + h.figure() + ".png");
                assertThat(new String(files.get("items/" + q.id() + ".xml"))).contains("../images/" + h.figure() + ".png");
            }
        }
        String manifest = new String(files.get("imsmanifest.xml"));
        assertThat(manifest).contains("content version " + RealBank.CONTENT.version());
        files.keySet().stream().filter(f -> !f.equals("imsmanifest.xml"))
                .forEach(f -> assertThat(manifest).as(f).contains("href=\"" + f + "\""));
    }

    @Test
    void every_item_is_valid_qti_2_1() throws Exception {
        Validator validator = schema("xsd/qtiv2p1/imsqti_v2p1.xsd").newValidator();
        List<String> problems = new ArrayList<>();
        int items = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().startsWith("items/")) {
                items++;
                validate(validator, f.getKey(), f.getValue(), problems);
            }
        }
        assertThat(items).isEqualTo(RealBank.CONTENT.questions().size());
        assertThat(problems).isEmpty();
    }

    @Test
    void the_manifest_is_a_valid_content_package_1_1_manifest() throws Exception {
        List<String> problems = new ArrayList<>();
        validate(schema("xsd/imscp_v1p1.xsd").newValidator(), "imsmanifest.xml", files.get("imsmanifest.xml"), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_schema_check_refuses_an_item_the_schema_does_not_allow() throws Exception {
        String item = new String(files.get("items/" + RealBank.CONTENT.questions().getFirst().id() + ".xml"))
                .replace("<itemBody>", "<itemBody><notQti/>");
        List<String> problems = new ArrayList<>();
        validate(schema("xsd/qtiv2p1/imsqti_v2p1.xsd").newValidator(), "broken", item.getBytes(), problems);
        assertThat(problems).singleElement().asString().contains("notQti");
    }

    private static void validate(Validator validator, String name, byte[] xml, List<String> problems) throws IOException {
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            problems.add(name + ":" + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            problems.add(name + ": " + e.getMessage());
        }
    }

    /** Loaded from the class path so relative imports resolve to the vendored files, never to the network. */
    private static Schema schema(String resource) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            // XInclude.xsd imports the XML namespace from w3.org; the vendored copy is the same schema.
            if (systemId != null && systemId.startsWith("http://www.w3.org/") && systemId.endsWith("xml.xsd")) {
                return new LocalInput(publicId, QtiPackageValidationTest.class.getResource("/xsd/w3/xml.xsd"));
            }
            return null;
        });
        URL url = QtiPackageValidationTest.class.getResource("/" + resource);
        try (InputStream in = url.openStream()) {
            return factory.newSchema(new StreamSource(in, url.toExternalForm()));
        }
    }

    private record LocalInput(String publicId, URL url) implements org.w3c.dom.ls.LSInput {
        public java.io.Reader getCharacterStream() { return null; }
        public void setCharacterStream(java.io.Reader r) { }
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        public void setByteStream(InputStream s) { }
        public String getStringData() { return null; }
        public void setStringData(String s) { }
        public String getSystemId() { return url.toExternalForm(); }
        public void setSystemId(String s) { }
        public String getPublicId() { return publicId; }
        public void setPublicId(String s) { }
        public String getBaseURI() { return null; }
        public void setBaseURI(String s) { }
        public String getEncoding() { return null; }
        public void setEncoding(String s) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean b) { }
    }
}
