package cn.lvzhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PrintedDocumentTests {

	private static final String PAGE = """
			<html><head><style>body { font-family: 'Noto Sans SC'; font-size: 14pt; }</style></head>
			<body><h1>盐田区党代表履职积分</h1><p>张三 105 分</p></body></html>""";

	@Test
	void chineseTextIsExtractableFromThePdf() throws Exception {
		byte[] pdf = PrintedDocument.pdf(PAGE);
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("盐田区党代表履职积分").contains("张三 105 分");
		}
	}

	@Test
	void chineseGlyphsAreDrawnWithTheEmbeddedFont() throws Exception {
		byte[] pdf = PrintedDocument.pdf(PAGE);
		try (var document = Loader.loadPDF(pdf)) {
			var fonts = document.getPage(0).getResources().getFontNames();
			assertThat(fonts).isNotEmpty();
			var font = document.getPage(0).getResources().getFont(fonts.iterator().next());
			assertThat(font.getName()).contains("NotoSansSC");
			assertThat(font.isEmbedded()).isTrue();
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
			assertThat(darkPixels(image)).as("pixels drawn by the glyphs").isGreaterThan(500);
		}
	}

	private static int darkPixels(BufferedImage image) {
		int dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int luminance = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
				if (luminance < 200) {
					dark++;
				}
			}
		}
		return dark;
	}
}
