package cn.lvzhi.activities.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Evidence types come from the content alone. */
class EvidenceTypeTests {

	@Test
	void recognisesRealImagesWrittenByImageIo() {
		assertThat(EvidenceType.of(Samples.png())).contains(EvidenceType.PNG);
		assertThat(EvidenceType.of(Samples.image("jpg"))).contains(EvidenceType.JPEG);
		assertThat(EvidenceType.of(Samples.image("gif"))).contains(EvidenceType.GIF);
	}

	@Test
	void recognisesWebpAndHeicBySignature() {
		assertThat(EvidenceType.of(Samples.webp())).contains(EvidenceType.WEBP);
		assertThat(EvidenceType.of(Samples.heic())).contains(EvidenceType.HEIC);
		byte[] avif = Samples.heic();
		System.arraycopy("mif1avif".getBytes(), 0, avif, 16, 8);
		assertThat(EvidenceType.of(avif)).isEmpty();
	}

	@Test
	void recognisesAPdf() {
		assertThat(EvidenceType.of(Samples.pdf())).contains(EvidenceType.PDF);
	}

	@Test
	void recognisesOfficeOpenXmlDocumentsByTheirMainPart() {
		assertThat(EvidenceType.of(Samples.docx())).contains(EvidenceType.DOCX);
		assertThat(EvidenceType.of(Samples.xlsx())).contains(EvidenceType.XLSX);
		assertThat(EvidenceType.of(Samples.pptx())).contains(EvidenceType.PPTX);
	}

	@Test
	void recognisesLegacyOfficeDocumentsByTheirStreams() {
		assertThat(EvidenceType.of(Samples.xls())).contains(EvidenceType.XLS);
		assertThat(EvidenceType.of(Samples.ole2With("WordDocument"))).contains(EvidenceType.DOC);
		assertThat(EvidenceType.of(Samples.ole2With("PowerPoint Document"))).contains(EvidenceType.PPT);
	}

	@Test
	void refusesOtherCompoundFiles() {
		assertThat(EvidenceType.of(Samples.ole2With("EncryptedPackage"))).isEmpty();
		assertThat(EvidenceType.of(Samples.ole2With("__substg1.0_0037001F"))).isEmpty();
	}

	@Test
	void refusesZipsThatAreNotWordExcelOrPowerPoint() {
		assertThat(EvidenceType.of(Samples.zip(Map.of("readme.txt", "hello", "a/b.txt", "x")))).isEmpty();
		String macroWorkbook = """
				<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>""";
		assertThat(EvidenceType.of(Samples.zip(Map.of("[Content_Types].xml", macroWorkbook)))).isEmpty();
		// The main part named only in another file does not count.
		assertThat(EvidenceType.of(Samples.zip(Map.of("notes.xml",
				"ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\""))))
			.isEmpty();
	}

	@Test
	void refusesTextHtmlScriptsAndBrokenFiles() {
		assertThat(EvidenceType.of(Samples.text("这不是图片,只是改了扩展名的文本文件"))).isEmpty();
		assertThat(EvidenceType.of(Samples.text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>")))
			.isEmpty();
		assertThat(EvidenceType.of(Samples.text("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"))).isEmpty();
		assertThat(EvidenceType.of(new byte[0])).isEmpty();
		byte[] brokenZip = java.util.Arrays.copyOf(Samples.docx(), 100);
		assertThat(EvidenceType.of(brokenZip)).isEmpty();
		byte[] brokenOle2 = java.util.Arrays.copyOf(Samples.xls(), 600);
		assertThat(EvidenceType.of(brokenOle2)).isEmpty();
	}

	@Test
	void keepsAReadableFileNameWithoutFoldersOrControlCharacters() {
		assertThat(EvidenceFiles.cleanName("C:\\fakepath\\现场照片.png", EvidenceType.PNG)).isEqualTo("现场照片.png");
		assertThat(EvidenceFiles.cleanName("../../etc/passwd", EvidenceType.PDF)).isEqualTo("passwd");
		assertThat(EvidenceFiles.cleanName(" 会议\u0000纪要\u202Excod.pdf ", EvidenceType.PDF)).isEqualTo("会议纪要xcod.pdf");
		assertThat(EvidenceFiles.cleanName("", EvidenceType.DOCX)).isEqualTo("附件.docx");
		assertThat(EvidenceFiles.cleanName(null, EvidenceType.JPEG)).isEqualTo("附件.jpg");
		String longName = "长".repeat(300) + ".xlsx";
		assertThat(EvidenceFiles.cleanName(longName, EvidenceType.XLSX)).hasSize(200).endsWith("长.xlsx");
	}

	@Test
	void writesLimitsAsPeopleReadThem() {
		assertThat(EvidenceFiles.readable(20L * 1024 * 1024)).isEqualTo("20 MB");
		assertThat(EvidenceFiles.readable(16 * 1024)).isEqualTo("16 KB");
		assertThat(EvidenceFiles.readable(1000)).isEqualTo("1000 字节");
	}
}
