package cn.lvzhi.casework.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of a rating link, drawn by the application as SVG (ZXing computes the modules; no
 * image service, nothing loaded from outside): one path of the dark modules, row by row, on a
 * white square with a quiet zone. Staff show it on their screen or print it for the constituent.
 */
final class RatingQrCode {

	private RatingQrCode() {
	}

	/** The SVG markup of {@code text} as a QR code, {@code size} pixels wide. */
	static String svg(String text, int size) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Text too long for a QR code", e);
		}
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		var path = new StringBuilder();
		for (int y = 0; y < height; y++) {
			int x = 0;
			while (x < width) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < width && matrix.get(x, y)) {
					x++;
				}
				path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
					.append(x - start).append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\" width=\"" + size
				+ "\" height=\"" + size + "\" shape-rendering=\"crispEdges\" aria-hidden=\"true\">"
				+ "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}
}
