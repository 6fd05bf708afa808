package cn.lvzhi.activities.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kinds of evidence file accepted, each judged from the file's bytes, never from its name or
 * the type the browser claims: photos (JPEG, PNG, GIF, WEBP, HEIC), PDF, and Office documents
 * (Word, Excel, PowerPoint; 2007 and later, and 97–2003). The content type served back on
 * download is the one detected here.
 */
enum EvidenceType {

	JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp"),
	HEIC("image/heic", "heic"), PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	DOC("application/msword", "doc"), XLS("application/vnd.ms-excel", "xls"), PPT("application/vnd.ms-powerpoint", "ppt");

	/** HEIF brands of still HEVC images, the format of iPhone photos. */
	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis");

	/** The content type of an OOXML package's main part, as [Content_Types].xml names it. */
	private static final Pattern MAIN_PART = Pattern.compile(
			"ContentType\\s*=\\s*[\"']application/vnd\\.openxmlformats-officedocument\\."
					+ "(wordprocessingml\\.document|spreadsheetml\\.sheet|presentationml\\.presentation)\\.main\\+xml[\"']");

	/** [Content_Types].xml lists a few dozen parts; anything far bigger is not a document we take. */
	private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

	private final String contentType;

	private final String extension;

	EvidenceType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return contentType;
	}

	/** The usual file name extension, without the dot. */
	String extension() {
		return extension;
	}

	/** The type of this content, or empty if it is none of the accepted kinds. */
	static Optional<EvidenceType> of(byte[] content) {
		if (content.length < 8) {
			return Optional.empty();
		}
		if (isWebp(content)) {
			return Optional.of(WEBP);
		}
		if (isHeic(content)) {
			return Optional.of(HEIC);
		}
		return switch (FileMagic.valueOf(content)) {
			case JPEG -> Optional.of(JPEG);
			case PNG -> Optional.of(PNG);
			case GIF -> Optional.of(GIF);
			case PDF -> Optional.of(PDF);
			case OOXML -> ooxml(content);
			case OLE2 -> ole2(content);
			default -> Optional.empty();
		};
	}

	/** {@code RIFF <size> WEBP}. */
	private static boolean isWebp(byte[] content) {
		return content.length >= 12 && ascii(content, 0, 4).equals("RIFF") && ascii(content, 8, 4).equals("WEBP");
	}

	/** An ISO media file ({@code <size> ftyp <major brand>}) whose major brand, or a compatible one after mif1, is HEIC. */
	private static boolean isHeic(byte[] content) {
		if (content.length < 16 || !ascii(content, 4, 4).equals("ftyp")) {
			return false;
		}
		String major = ascii(content, 8, 4);
		if (HEIC_BRANDS.contains(major)) {
			return true;
		}
		if (!major.equals("mif1") && !major.equals("msf1")) {
			return false;
		}
		int boxSize = ((content[0] & 0xff) << 24) | ((content[1] & 0xff) << 16) | ((content[2] & 0xff) << 8)
				| (content[3] & 0xff);
		int end = Math.min(Math.max(boxSize, 16), Math.min(content.length, 256));
		for (int at = 16; at + 4 <= end; at += 4) {
			if (HEIC_BRANDS.contains(ascii(content, at, 4))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A zip is an Office document only if its [Content_Types].xml names a Word, Excel or
	 * PowerPoint main part; macro-enabled variants and any other zip are refused. The zip is read
	 * through its central directory, so only that one small part is inflated (a zip bomb costs
	 * nothing), and the part is searched as text, never handed to an XML parser.
	 */
	private static Optional<EvidenceType> ooxml(byte[] content) {
		try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			ZipArchiveEntry entry = zip.getEntry("[Content_Types].xml");
			if (entry == null || !zip.canReadEntryData(entry)) {
				return Optional.empty();
			}
			String types;
			try (InputStream in = zip.getInputStream(entry)) {
				byte[] head = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
				if (head.length > MAX_CONTENT_TYPES_BYTES) {
					return Optional.empty();
				}
				types = new String(head, StandardCharsets.UTF_8);
			}
			var matcher = MAIN_PART.matcher(types);
			if (!matcher.find()) {
				return Optional.empty();
			}
			return Optional.of(switch (matcher.group(1)) {
				case "wordprocessingml.document" -> DOCX;
				case "spreadsheetml.sheet" -> XLSX;
				default -> PPTX;
			});
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * An OLE2 compound file is a Word, Excel or PowerPoint 97–2003 document only if it holds the
	 * stream of one; other compound files (installers, mail, encrypted packages) are refused.
	 */
	private static Optional<EvidenceType> ole2(byte[] content) {
		try (var fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				return Optional.of(DOC);
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return Optional.of(XLS);
			}
			if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
				return Optional.of(PPT);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static String ascii(byte[] content, int from, int length) {
		return new String(Arrays.copyOfRange(content, from, from + length), StandardCharsets.ISO_8859_1);
	}
}
