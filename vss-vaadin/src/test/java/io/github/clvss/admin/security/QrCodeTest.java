package io.github.clvss.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String URI = "otpauth://totp/vss%20%E2%80%94%20contrat%20local%20VSS:coordination"
            + "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=vss%20%E2%80%94%20contrat%20local%20VSS&algorithm=SHA1&digits=6&period=30";

    @Test
    void the_drawn_code_reads_back_as_the_enrolment_address() throws ReaderException {
        assertThat(decode(QrCode.svg(URI), 6)).isEqualTo(URI);
    }

    @Test
    void the_drawing_is_square_with_a_white_quiet_zone_of_four_modules() {
        String svg = QrCode.svg(URI);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);

        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        assertThat(box.group(2)).isEqualTo(box.group(1));
        assertThat((size - 2 * QrCode.MARGIN - 17) % 4).as("a QR code version is 17 + 4v modules wide").isZero();
        boolean[][] dark = modules(svg, size);
        for (int i = 0; i < size; i++) {
            for (int edge = 0; edge < QrCode.MARGIN; edge++) {
                assertThat(dark[edge][i] || dark[i][edge] || dark[size - 1 - edge][i] || dark[i][size - 1 - edge]).isFalse();
            }
        }
        assertThat(dark[QrCode.MARGIN][QrCode.MARGIN]).as("the finder pattern's corner").isTrue();
    }

    @Test
    void the_data_address_holds_the_same_drawing() {
        String uri = QrCode.dataUri(URI);

        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .isEqualTo(QrCode.svg(URI));
    }

    /** Rasterises the SVG's unit squares at {@code scale} pixels a module and decodes it with ZXing. */
    private static String decode(String svg, int scale) throws ReaderException {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        boolean[][] dark = modules(svg, size);
        int pixels = size * scale;
        int[] rgb = new int[pixels * pixels];
        for (int y = 0; y < pixels; y++) {
            for (int x = 0; x < pixels; x++) {
                rgb[y * pixels + x] = dark[x / scale][y / scale] ? 0xff000000 : 0xffffffff;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, rgb))))
                .getText();
    }

    private static boolean[][] modules(String svg, int size) {
        boolean[][] dark = new boolean[size][size];
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            dark[Integer.parseInt(square.group(1))][Integer.parseInt(square.group(2))] = true;
        }
        return dark;
    }
}
