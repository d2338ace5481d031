package org.pedalatlas.workshop;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The join URL as a QR code, drawn as SVG: crisp on a projector at any size, no image files. */
public final class QrCode {

    private QrCode() {
    }

    public static String svg(String text, String label) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + m.getWidth() + " " + m.getHeight()
                    + "' role='img' aria-label='" + label.replace("'", "&#39;") + "' shape-rendering='crispEdges'>"
                    + "<rect width='100%' height='100%' fill='#fff'/><path fill='#000' d='" + path + "'/></svg>";
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text, e);
        }
    }
}
