package org.ducha.node.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a task list to import (annual key work), as the template names them;
 * other headers a list may carry (序号, 备注 …) are ignored.
 */
enum ImportColumn {

	TITLE("事项名称", true, 30, "必填，500字以内；同一文件内不得重复", "重点工作", "工作任务"),

	CONTENT("工作内容", false, 40, "选填：要做什么", "具体内容"),

	REQUIREMENTS("工作要求", false, 30, "选填：标准、节点、报送要求；并入事项内容"),

	BASIS("依据", false, 20, "选填：文件、会议或批示，1000字以内"),

	TYPE("督查类型", false, 12, "选填：综合督查、专项督查、事件调查、日常督办、线索核查；空为日常督办"),

	LEAD("牵头单位", true, 18, "必填：一个单位代码（如 441700:fgj、441704）或单位全称，见“单位代码”表", "主办单位"),

	CO("协办单位", false, 24, "选填：单位代码或全称，多个用逗号、顿号或分号隔开", "配合单位", "责任单位"),

	DEADLINE("完成时限", true, 14, "必填：日期（如 2026-12-31），不早于导入当天", "完成时间"),

	GOAL("目标任务", false, 30, "选填：要达到的目标，与工作内容分列", "工作目标"),

	RESPONSIBLE("责任人", false, 24, "选填：牵头单位的责任人，写作“姓名 职务 电话”；仅限本级部门（下级政府签收时自行明确）", "牵头单位责任人");

	private final String header;

	private final boolean required;

	private final int width;

	private final String note;

	private final List<String> aliases;

	ImportColumn(String header, boolean required, int width, String note, String... aliases) {
		this.header = header;
		this.required = required;
		this.width = width;
		this.note = note;
		this.aliases = List.of(aliases);
	}

	String header() {
		return this.header;
	}

	boolean required() {
		return this.required;
	}

	int width() {
		return this.width;
	}

	String note() {
		return this.note;
	}

	/**
	 * The column a header names, by the template's header or a common alias; marks such
	 * as {@code *} and {@code （必填）} are ignored.
	 */
	static Optional<ImportColumn> ofHeader(String header) {
		if (header == null) {
			return Optional.empty();
		}
		String name = header.replaceAll("[\\s*＊]", "").replaceAll("[（(](必填|选填)[)）]", "");
		return Arrays.stream(values())
			.filter((column) -> column.header.equals(name) || column.aliases.contains(name))
			.findFirst();
	}

}
