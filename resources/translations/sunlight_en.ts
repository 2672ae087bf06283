<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/action_dialog.py" line="276"/>
        <source>告知说明</source>
        <translation>Notes for the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="277"/>
        <source>需要向申请人说明的其他事项（可不填）</source>
        <translation>Anything else the applicant should be told (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="282"/>
        <source>受理意见</source>
        <translation>Acceptance opinion</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="283"/>
        <location filename="../../ui/action_dialog.py" line="313"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="288"/>
        <source>不予受理理由</source>
        <translation>Reason for non-acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="289"/>
        <source>将写入不予受理通知书</source>
        <translation>Goes into the non-acceptance notice</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="294"/>
        <source>办理意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="295"/>
        <source>本环节的办理意见</source>
        <translation>Your opinion at this step</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="300"/>
        <source>退回理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="301"/>
        <source>写明退回的原因和需要补充办理的内容</source>
        <translation>Why it is returned and what must be done again</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="306"/>
        <source>暂停说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="307"/>
        <source>暂停计时的具体情况（事由为“其他”时必填）</source>
        <translation>Details of the clock suspension (required when the reason is “其他”, other)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="312"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="318"/>
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="319"/>
        <source>须书面告知申请人</source>
        <translation>The applicant must be told in writing</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="324"/>
        <location filename="../../ui/action_dialog.py" line="330"/>
        <source>决定内容</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="325"/>
        <source>办结意见，将写入决定文书</source>
        <translation>The decision; goes into the decision document</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="331"/>
        <source>不予批准的理由，将写入决定文书</source>
        <translation>Reasons for not approving; goes into the decision document</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="336"/>
        <source>撤回原因</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="337"/>
        <source>如：申请人书面申请撤回</source>
        <translation>e.g. the applicant asked in writing to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="430"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="449"/>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="454"/>
        <source>退回到</source>
        <translation>Return to</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="457"/>
        <location filename="../../ui/action_dialog.py" line="469"/>
        <location filename="../../ui/action_dialog.py" line="475"/>
        <source>（请选择）</source>
        <translation>(Choose)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="460"/>
        <source>暂停事由</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="466"/>
        <source>延长天数</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="472"/>
        <source>申请人评价</source>
        <translation>Applicant&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="478"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="480"/>
        <source>集体决策会议</source>
        <translation>Collective decision meeting</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="484"/>
        <source>（回车确定，Shift+回车换行）</source>
        <translation> (Enter to confirm, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="504"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="529"/>
        <source>登记会议记录…</source>
        <translation>Register meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="530"/>
        <source>登记研究本件的会议，本件已列为议题</source>
        <translation>Register the meeting that considered this case (the case is already on its agenda)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="555"/>
        <source>（尚无研究本件的会议记录）</source>
        <translation>(no meeting on this case recorded yet)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="558"/>
        <source>本环节须集体决策，但还没有研究本件的会议记录。请先登记会议记录（会议研究并作出决定后），再办理本环节。</source>
        <translation>This step needs a collective decision, but no meeting on this case has been recorded. Register the meeting first (once it has considered the case and decided), then complete this step.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="564"/>
        <source>研究本件的会议尚未作出“%1”的决定，本环节暂不能%2。</source>
        <translation>No meeting on this case has decided “%1” yet, so “%2” is not possible at this step for now.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="565"/>
        <source>同意</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="565"/>
        <source>不同意</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="576"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="579"/>
        <source>%1 %2《%3》</source>
        <translation>%1 %2 “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="585"/>
        <source>%1 — 本件议题：%2</source>
        <translation>%1 — this case: %2</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="602"/>
        <source>，当前环节：%1</source>
        <translation>, current step: %1</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="603"/>
        <source>办件 %1%2。</source>
        <translation>Case %1%2.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>工作日历维护…</source>
        <translation>Working calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>备份数据库…</source>
        <translation>Back up the database…</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="233"/>
        <source>机关信息</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="234"/>
        <source>这些内容印在受理通知书等文书的抬头上，以后可在“设置”中修改。</source>
        <translation>These appear in the header of acceptance notices and other documents; you can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="250"/>
        <source>请填写机关名称。</source>
        <translation>Please enter the agency name.</translation>
    </message>
</context>
<context>
    <name>AuditCheckDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="48"/>
        <source>校验审计日志</source>
        <translation>Check the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="70"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="71"/>
        <source>把末条哈希复制到剪贴板，记入月报或报送纪检监察室留存</source>
        <translation>Copy the last hash to the clipboard, to record it in the monthly report or send it to the supervision office</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="77"/>
        <source>哈希链：</source>
        <translation>Hash chain:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="78"/>
        <source>末条哈希：</source>
        <translation>Last hash:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="79"/>
        <source>办件核对：</source>
        <translation>Cases:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="80"/>
        <source>用户核对：</source>
        <translation>Users:</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="83"/>
        <source>发现的问题逐条列在这里。</source>
        <translation>Problems found are listed here, one per line.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="85"/>
        <source>重新校验</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="87"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_dialog.py" line="144"/>
        <source>%n 个用户的姓名、处室、角色和状态均与其审计记录一致。</source>
        <translation>
            <numerusform>The name, division, roles and state of %n user match the audit trail.</numerusform>
            <numerusform>The name, division, roles and state of all %n users match the audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_dialog.py" line="148"/>
        <source>发现 %n 处与审计记录不符（共核对 %1 个用户），用户表可能被绕过程序修改。</source>
        <translation>
            <numerusform>%n discrepancy with the audit trail found (%1 users checked): the users table may have been changed outside the program.</numerusform>
            <numerusform>%n discrepancies with the audit trail found (%1 users checked): the users table may have been changed outside the program.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="116"/>
        <source>已取消，未完成校验。</source>
        <translation>Cancelled; the check was not completed.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="113"/>
        <source>正在校验……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="53"/>
        <source>逐条校验审计日志的哈希链，找出被修改、插入或删除的记录；再逐件核对办件的当前状态、逐个核对用户的处室和角色是否与审计记录一致，找出绕过程序修改、写入或删除的办件和用户。</source>
        <translation>Checks the audit trail&apos;s hash chain row by row for records altered, inserted or deleted; then holds each case&apos;s current state, and each user&apos;s division and roles, to the audit trail, to find cases and users changed, written in or deleted outside the program.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_dialog.py" line="134"/>
        <source>%n 件办件的当前状态均与其审计记录一致。</source>
        <translation>
            <numerusform>The current state of %n case matches its audit trail.</numerusform>
            <numerusform>The current state of all %n cases matches their audit trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_dialog.py" line="137"/>
        <source>发现 %n 处与审计记录不符（共核对 %1 件），办件表可能被绕过程序修改。</source>
        <translation>
            <numerusform>%n discrepancy with the audit trail found (%1 cases checked): the cases table may have been changed outside the program.</numerusform>
            <numerusform>%n discrepancies with the audit trail found (%1 cases checked): the cases table may have been changed outside the program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/audit_dialog.py" line="159"/>
        <source>……另有 %n 处</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="162"/>
        <source>校验完毕：审计日志完好。</source>
        <translation>Check complete: the audit trail is intact.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="164"/>
        <source>校验完毕：发现问题，请报纪检监察室核查。</source>
        <translation>Check complete: problems found. Report them to the supervision office.</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="115"/>
        <source>未能完成校验：%1</source>
        <translation>The check could not be completed: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/workers.py" line="129"/>
        <source>出现意外错误，操作未完成：%1。请重试；如仍出现，请联系系统管理员。</source>
        <translation>An unexpected error stopped the operation: %1. Please try again; if it happens again, contact the system administrator.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.py" line="58"/>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="61"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="67"/>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="68"/>
        <source>备份到：</source>
        <translation>Back up to:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="71"/>
        <source>备份时其他工作站可以照常办件。请把备份保存到另一台计算机或移动硬盘上，并按备份制度留存（见《部署说明》的备份安排）。</source>
        <translation>Other desks can keep working during the backup. Keep the backup on another computer or an external drive, and keep it as the backup schedule says (see the deployment guide).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="81"/>
        <source>开始备份</source>
        <translation>Start backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="84"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="88"/>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="91"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="112"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="112"/>
        <source>阳光办件备份 (*.backup);;所有文件 (*)</source>
        <translation>Sunlight backups (*.backup);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="122"/>
        <source>请选择备份文件的保存位置。</source>
        <translation>Please choose where to save the backup.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="130"/>
        <source>正在备份……</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="139"/>
        <source>SQLite 在线备份</source>
        <translation>SQLite online backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="140"/>
        <source>pg_dump 自定义格式</source>
        <translation>pg_dump custom format</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="141"/>
        <source>逻辑导出</source>
        <translation>logical export</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="143"/>
        <source>已备份到 %1（%2，结构版本 %3）。</source>
        <translation>Backed up to %1 (%2, schema version %3).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="132"/>
        <source>备份未完成：%1</source>
        <translation>The backup was not completed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.py" line="133"/>
        <source>已取消，没有留下备份文件。</source>
        <translation>Cancelled; no backup file was left.</translation>
    </message>
</context>
<context>
    <name>CalendarYearView</name>
    <message>
        <location filename="../../ui/calendar_view.py" line="153"/>
        <source>工作日历维护</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="163"/>
        <source>年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="166"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="171"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="177"/>
        <source>从文件导入…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="179"/>
        <source>导入按国务院办公厅通知整理的节假日安排（CSV：日期,类型,名称，可用 Excel 或 WPS 另存）</source>
        <translation>Import the holiday schedule taken from the State Council&apos;s notice (CSV: date, kind, name; may be saved from Excel or WPS)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="191"/>
        <source>休 法定节假日</source>
        <translation>H: public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="192"/>
        <source>班 调休上班</source>
        <translation>W: make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="193"/>
        <source>灰字：周末</source>
        <translation>Grey: weekend</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="196"/>
        <source>单击日期切换：工作日 → 节假日 → 恢复；周末 → 调休上班 → 节假日 → 恢复</source>
        <translation>Click a date to switch: working day → holiday → reset; weekend → make-up day → holiday → reset</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_view.py" line="202"/>
        <source>%n月</source>
        <translation>
            <numerusform>Month %n</numerusform>
            <numerusform>Month %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="212"/>
        <source>保存本年度安排</source>
        <translation>Save this year&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="215"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="278"/>
        <source>法定节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="278"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="285"/>
        <source>本年度安排已录入（%1，%2）</source>
        <translation>This year&apos;s schedule is entered (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="288"/>
        <source>本年度安排尚未录入：期限按周一至周五推算，标为“暂定”。保存后即为正式安排。</source>
        <translation>This year&apos;s schedule is not entered yet: deadlines count Monday to Friday and are marked &quot;provisional&quot;. Saving makes it official.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="290"/>
        <source>（有未保存的修改）</source>
        <translation>(unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="318"/>
        <location filename="../../ui/calendar_view.py" line="344"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="319"/>
        <source>%1 年的修改尚未保存，切换年度将放弃这些修改。是否继续？</source>
        <translation>The changes to %1 are not saved; switching the year discards them. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="334"/>
        <source>导入节假日安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="334"/>
        <source>CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="345"/>
        <source>%1 年的修改尚未保存，导入将放弃这些修改。是否继续？</source>
        <translation>The changes to %1 are not saved; importing discards them. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="354"/>
        <source>未能导入</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="374"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="387"/>
        <source>办理期限变化</source>
        <translation>Deadlines changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_view.py" line="393"/>
        <source>%n 件在办件的办理期限随之调整（已记入各办件的办理记录）：</source>
        <translation>
            <numerusform>The deadline of %n open case changed (recorded in its history):</numerusform>
            <numerusform>The deadlines of %n open cases changed (recorded in each case&apos;s history):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="402"/>
        <source>%1 年的安排已保存，在办件的办理期限均无变化。</source>
        <translation>The %1 schedule is saved; no open case&apos;s deadline changed.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="405"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CardBadge</name>
    <message>
        <location filename="../../ui/card_badge.py" line="43"/>
        <source>· 暂定</source>
        <translation>· provisional</translation>
    </message>
    <message>
        <location filename="../../ui/card_badge.py" line="45"/>
        <source>· 暂停</source>
        <translation>· suspended</translation>
    </message>
    <message>
        <location filename="../../ui/card_badge.py" line="53"/>
        <source>期限涉及尚未录入节假日安排的年度，为暂定日期。</source>
        <translation>The deadline falls in a year whose holiday schedule is not entered yet, so it is provisional.</translation>
    </message>
    <message>
        <location filename="../../ui/card_badge.py" line="56"/>
        <source>暂停计时中。</source>
        <translation>Clock suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/card_badge.py" line="138"/>
        <source>状态牌</source>
        <translation>Card</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/case_filters.py" line="59"/>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="61"/>
        <source>本处室</source>
        <translation>My division</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="62"/>
        <source>全部（我可查看的）</source>
        <translation>All (that I may see)</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="64"/>
        <source>我的办件：我登记或由我承办的办件</source>
        <translation>My cases: registered by me or handled by me</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="67"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="68"/>
        <source>在办（未办结）</source>
        <translation>Open (not completed)</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="73"/>
        <source>全部状态牌</source>
        <translation>All cards</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="78"/>
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="89"/>
        <source>按办件编号、申请人或项目名称查找，回车确认</source>
        <translation>Find by case number, applicant or project name; press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="92"/>
        <source>清除条件</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="106"/>
        <source>显示全部办件</source>
        <translation>Show all cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="119"/>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="120"/>
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="121"/>
        <source>状态牌：</source>
        <translation>Card:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="122"/>
        <source>事项：</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="129"/>
        <source>接收日期：</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="133"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="136"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="150"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>没有符合条件的办件。</source>
        <translation>No cases match.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="110"/>
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table.py" line="67"/>
        <source>状态牌</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="68"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="69"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="70"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="71"/>
        <source>项目/事由</source>
        <translation>Project / subject</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="72"/>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="73"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="74"/>
        <source>法定到期日</source>
        <translation>Statutory due</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="75"/>
        <source>承办处室</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="76"/>
        <source>接收日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="77"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="112"/>
        <source>该办件已不存在，请刷新列表。</source>
        <translation>This case no longer exists. Please refresh the list.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <source>请先登录后办理。</source>
        <translation>Please sign in to handle cases.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="157"/>
        <source>%1 %2（第%3版）</source>
        <translation>%1 %2 (version %3)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="266"/>
        <source>打印文书</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="288"/>
        <source>稍后再打印（可随时从“打印文书”打印）</source>
        <translation>Print later (any time from “Print documents”)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="313"/>
        <source>事项：</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="314"/>
        <source>申请人：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="315"/>
        <source>项目/事由：</source>
        <translation>Project / subject:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="323"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="329"/>
        <source>计时状态：</source>
        <translation>Clock:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="330"/>
        <source>已用：</source>
        <translation>Used:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="331"/>
        <source>承诺期限：</source>
        <translation>Promised limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="332"/>
        <source>法定期限：</source>
        <translation>Statutory limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="333"/>
        <source>计算过程：</source>
        <translation>Calculation:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="347"/>
        <source>办理流程：</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>办理人：</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="349"/>
        <source>当前承办：</source>
        <translation>Now with:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="350"/>
        <source>环节时限：</source>
        <translation>Step limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>办理要求：</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="352"/>
        <source>应形成材料：</source>
        <translation>Documents to produce:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="353"/>
        <source>廉政风险点：</source>
        <translation>Integrity risk points:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="364"/>
        <source>办理操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="366"/>
        <location filename="../../ui/case_view.py" line="652"/>
        <source>灰色按钮暂不可用，鼠标停留可查看原因。</source>
        <translation>Greyed buttons are unavailable; hover to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>收取情况</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="389"/>
        <location filename="../../ui/case_view.py" line="392"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="389"/>
        <source>办理事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="389"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="389"/>
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="389"/>
        <source>意见/说明</source>
        <translation>Opinion / note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="392"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="392"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="392"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="392"/>
        <source>代为办理</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="406"/>
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="407"/>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="408"/>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="452"/>
        <source>本件刚在其他窗口或工作站上被更新，页面已自动刷新（%1）。</source>
        <translation>This case was just updated in another window or on another workstation; the page has been refreshed (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="465"/>
        <source>办件 %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="467"/>
        <source>状态：%1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="480"/>
        <source>%1 · 承办处室：%2</source>
        <translation>%1 · Division: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="486"/>
        <source>%1（%2）· </source>
        <translation>%1 (%2) · </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="489"/>
        <source>%1 接收，登记人 %2</source>
        <translation>Received %1, registered by %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="500"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="500"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="529"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="532"/>
        <source>（代%1）</source>
        <translation>(for %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="538"/>
        <source>未开始计时（受理后开始计算）</source>
        <translation>Not started (counts from acceptance)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="539"/>
        <source>计时中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="540"/>
        <source>暂停计时</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="541"/>
        <source>已停止计时</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="544"/>
        <location filename="../../ui/case_view.py" line="612"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="548"/>
        <source>%1，共 %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="552"/>
        <source>（含延期 %1）</source>
        <translation> (incl. extension of %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="559"/>
        <source>（暂定）</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="581"/>
        <source>当前环节：无（%1）</source>
        <translation>Current step: none (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="587"/>
        <source>当前环节：%1 %2</source>
        <translation>Current step: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="592"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="594"/>
        <source>待分办（本环节岗位人员均可办理）</source>
        <translation>To be assigned (anyone in this post may take it)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="602"/>
        <source>环节超时 %1</source>
        <translation>Step overdue by %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="608"/>
        <source>本环节应于 %1 前办完</source>
        <translation>This step is due by %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="612"/>
        <source>本环节不计入办理时限</source>
        <translation>This step is not counted in the time limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="615"/>
        <source>集体决策环节：须经会议研究决定</source>
        <translation>Collective decision: must be decided by a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="616"/>
        <source>不单独设时限</source>
        <translation>No separate limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="616"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="618"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="620"/>
        <source>防控措施：%1</source>
        <translation>Control: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="630"/>
        <source>本环节未列风险点</source>
        <translation>No risk points listed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="646"/>
        <location filename="../../ui/case_view.py" line="740"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="654"/>
        <source>您目前不能对本件进行操作，鼠标停留在按钮上可查看原因。</source>
        <translation>You cannot act on this case now; hover over a button to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="668"/>
        <source>一次性告知：请在材料清单中标出全部缺少或不符合要求的材料，本件只能告知一次。</source>
        <translation>One-time notice: mark every missing or defective material in the list; a case gets only one notice.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="671"/>
        <source>受理后开始计算办理时限；必备材料须全部收取。</source>
        <translation>The time limit starts at acceptance; all required materials must be received.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="766"/>
        <source>请打印《%1》交申请人，并留存存根。</source>
        <translation>Please print the “%1” for the applicant and keep the stub.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="768"/>
        <source>请打印《%1》交申请人。</source>
        <translation>Please print the “%1” for the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="770"/>
        <source>打印%1…</source>
        <translation>Print %1…</translation>
    </message>
</context>
<context>
    <name>CatalogueDetail</name>
    <message numerus="yes">
        <location filename="../../ui/catalogue_view.py" line="83"/>
        <source>剩余不超过 %n 天或已用 %2 亮黄牌；超过承诺时限亮%3；超过法定时限亮红牌</source>
        <translation>
            <numerusform>Yellow card at %n day or fewer left, or %2 used; past the promised limit: %3; past the statutory limit: red card</numerusform>
            <numerusform>Yellow card at %n days or fewer left, or %2 used; past the promised limit: %3; past the statutory limit: red card</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/catalogue_view.py" line="61"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="62"/>
        <source>申请材料</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="63"/>
        <source>办理环节</source>
        <translation>Handling steps</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="64"/>
        <source>不相容岗位分离</source>
        <translation>Separation of incompatible duties</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="65"/>
        <source>条文</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="66"/>
        <source>系统执行参数</source>
        <translation>Parameters the system enforces</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="67"/>
        <source>没有版本记录。</source>
        <translation>No version history.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="68"/>
        <source>首版</source>
        <translation>First version</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="69"/>
        <source>内容未变</source>
        <translation>Content unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="70"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="71"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="94"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="95"/>
        <location filename="../../ui/catalogue_view.py" line="361"/>
        <source>%1&#x3000;%2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="99"/>
        <source>业务分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="102"/>
        <source>受理处室</source>
        <translation>Accepting division</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="104"/>
        <source>责任处室</source>
        <translation>Responsible division</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="109"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="110"/>
        <source>第 %1 版，%2 起施行</source>
        <translation>Version %1, in force from %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="116"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="117"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="118"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="123"/>
        <source>可延长 %1，由%2批准；%3</source>
        <translation>Can be extended by up to %1, approved by %2; %3</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="130"/>
        <source>不得延期</source>
        <translation>No extension</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="134"/>
        <source>申请人</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="144"/>
        <source>预警</source>
        <translation>Warning cards</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="151"/>
        <source>咨询电话</source>
        <translation>Inquiry phone</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="152"/>
        <source>投诉电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="160"/>
        <source>事项说明</source>
        <translation>About this matter</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="162"/>
        <source>制度概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="170"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="171"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="172"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="173"/>
        <source>原件</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="174"/>
        <source>复印件</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="175"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="180"/>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="182"/>
        <source>视情提供</source>
        <translation>If applicable</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="193"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="194"/>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="195"/>
        <source>时限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="196"/>
        <source>动作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="197"/>
        <source>办理要求与廉政风险点</source>
        <translation>Requirements and integrity risk points</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="205"/>
        <source>不计时（%1）</source>
        <translation>Clock excluded (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="208"/>
        <source>集体决策</source>
        <translation>Collective decision</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="211"/>
        <source>（可退回 %1）</source>
        <translation> (may return to %1)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="214"/>
        <source>；防控：%1</source>
        <translation>; control: %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="223"/>
        <source>产出：%1</source>
        <translation>Produces: %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="258"/>
        <source>%1 版本历史</source>
        <translation>Version history of %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="262"/>
        <source>第 %1 版，%2 起施行（%3 导入）</source>
        <translation>Version %1, in force from %2 (imported %3)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="285"/>
        <source>按编号、名称、处室或环节查找</source>
        <translation>Find by code, title, division or step</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="299"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="313"/>
        <source>制度内容</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="314"/>
        <source>工作流程图</source>
        <translation>Flow chart</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="315"/>
        <source>版本历史</source>
        <translation>Versions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/catalogue_view.py" line="371"/>
        <source>共 %n 项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="374"/>
        <source>制度目录是空的。请系统管理员用 sunlight catalogue import 导入制度目录。</source>
        <translation>The catalogue is empty. An administrator imports it with sunlight catalogue import.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="377"/>
        <source>没有符合查找条件的制度。</source>
        <translation>No regulation matches.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="408"/>
        <source>在左侧选择一项制度，查看其内容、工作流程图和版本历史。</source>
        <translation>Choose a regulation on the left to see its content, workflow chart and version history.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="48"/>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="51"/>
        <source>投诉调查与办结</source>
        <translation>Complaint investigation and closure</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="59"/>
        <source>投诉渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="61"/>
        <source>匿名投诉可不填</source>
        <translation>May be left empty for an anonymous complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="62"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="64"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="68"/>
        <source>投诉事项</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="69"/>
        <source>办理期限按《投诉受理办法》自收到之日起计算（工作日）。</source>
        <translation>The limit counts from the day of receipt, in working days (complaint handling rules).</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="84"/>
        <source>第 %1 号投诉（%2）&#x3000;投诉人：%3 %4
涉及：%5&#x3000;办理期限：%6（%7）
投诉事项：%8</source>
        <translation>Complaint no. %1 (%2); complainant: %3 %4
Concerns: %5; due: %6 (%7)
Complaint: %8</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="96"/>
        <source>尚未记录调查核实情况。</source>
        <translation>No investigation recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="100"/>
        <source>调查记录：</source>
        <translation>Investigation:</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="103"/>
        <source>调查核实情况</source>
        <translation>Investigation findings</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="104"/>
        <source>记录调查情况</source>
        <translation>Record investigation</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="110"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="113"/>
        <source>答复投诉人</source>
        <translation>Reply to complainant</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="115"/>
        <source>办结</source>
        <translation>Conclude</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>使用本机数据库（单机使用，数据保存在这台电脑上）</source>
        <translation>Use a database on this computer (single desk; the data stays on this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>连接单位的数据库服务器（多个工作站共用）</source>
        <translation>Connect to the agency&apos;s database server (shared by several desks)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>数据库文件：%1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="87"/>
        <source>服务器地址，例如 10.1.2.3 或 db.fgw.local</source>
        <translation>Server address, e.g. 10.1.2.3 or db.fgw.local</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="97"/>
        <source>密码将保存在系统的凭据管理器中，不以明文保存。</source>
        <translation>The password is kept in the system&apos;s credential store, never in plain text.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="99"/>
        <source>本机没有可用的系统凭据管理器：密码不会被保存，每次启动时需要输入。</source>
        <translation>No system credential store is available here: the password is not saved and is asked for at each start.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>服务器地址 *：</source>
        <translation>Server *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="107"/>
        <source>数据库名 *：</source>
        <translation>Database *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108"/>
        <source>用户名 *：</source>
        <translation>User name *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="111"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="172"/>
        <source>请填写服务器地址。</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="173"/>
        <source>请填写数据库名。</source>
        <translation>Please enter the database name.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="174"/>
        <source>请填写数据库用户名。</source>
        <translation>Please enter the database user name.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="191"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="212"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="215"/>
        <source>这台电脑第一次使用阳光办件。请选择数据保存在哪里；多个处室共用时请连接单位的数据库服务器。</source>
        <translation>This computer is using Sunlight for the first time. Choose where the data is kept; divisions that share cases connect to the agency&apos;s database server.</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <location filename="../../ui/first_run.py" line="393"/>
        <source>无法使用数据库 — 阳光办件</source>
        <translation>Database unavailable — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="400"/>
        <source>技术信息：%1</source>
        <translation>Technical details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="406"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="409"/>
        <source>更改连接设置…</source>
        <translation>Change connection…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="411"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="140"/>
        <source>程序出错 — 阳光办件</source>
        <translation>Error — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="145"/>
        <source>阳光办件遇到了一个内部错误，刚才的操作没有完成。这不是您的操作失误。</source>
        <translation>Sunlight ran into an internal error and the last action was not completed. This is not your mistake.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="154"/>
        <source>您正在填写的内容仍保留在窗口中，没有丢失；请检查后再保存。如果问题反复出现，请点击“保存错误报告…”，把报告文件发给信息中心。报告中有程序版本和运行日志，不含密码。</source>
        <translation>What you were filling in is still in its window; please check it before saving. If this keeps happening, click &quot;Save error report…&quot; and send the file to IT. The report holds version information and the log, no passwords.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="159"/>
        <source>已打开窗口中填写的文字另存在：%1</source>
        <translation>Text from open windows was also saved to: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="166"/>
        <location filename="../../ui/crash.py" line="200"/>
        <source>显示详细信息</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="173"/>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="174"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="175"/>
        <source>退出程序</source>
        <translation>Quit Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="176"/>
        <source>继续使用</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="200"/>
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="211"/>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="215"/>
        <source>错误报告已保存到 %1</source>
        <translation>Error report saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="219"/>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="219"/>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="226"/>
        <source>错误报告已复制，可粘贴到邮件中。</source>
        <translation>Error report copied; you can paste it into an e-mail.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../ui/crash.py" line="76"/>
        <source>阳光办件错误报告 / Sunlight error report</source>
        <translation>Sunlight error report</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="77"/>
        <source>时间 time: %1</source>
        <translation>Time: %1</translation>
    </message>
</context>
<context>
    <name>DomainDecision</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="265"/>
        <source>同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="266"/>
        <source>不同意</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="267"/>
        <source>暂缓决定</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="268"/>
        <source>尚未决定</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="270"/>
        <source>准予</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="271"/>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="34"/>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="35"/>
        <source>黄牌</source>
        <translation>Yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="36"/>
        <source>红牌</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="38"/>
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="39"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="40"/>
        <source>不予受理</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="41"/>
        <source>通过</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="42"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="43"/>
        <source>暂停计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="44"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="45"/>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="46"/>
        <source>办结（准予）</source>
        <translation>Complete (approve)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="47"/>
        <source>办结（不予批准）</source>
        <translation>Complete (not approve)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="48"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="49"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="50"/>
        <source>分派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="51"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="52"/>
        <source>进入不计时环节，暂停计时</source>
        <translation>Entered a step outside the time limit; clock suspended</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="53"/>
        <source>离开不计时环节，恢复计时</source>
        <translation>Left a step outside the time limit; clock resumed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="54"/>
        <source>期限随工作日历调整</source>
        <translation>Deadline adjusted to the working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="56"/>
        <source>作出不予批准决定</source>
        <translation>Decide to reject</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="57"/>
        <source>作出准予决定</source>
        <translation>Decide to approve</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="58"/>
        <source>修改系统设置</source>
        <translation>Change system settings</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="59"/>
        <source>分办</source>
        <translation>Assign cases</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="60"/>
        <source>安排AB岗（设置后备人员和外出状态）</source>
        <translation>Arrange A/B posts (backups and absences)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="61"/>
        <source>批准延期</source>
        <translation>Approve extensions</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="62"/>
        <source>查看全部办件</source>
        <translation>View all cases</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="63"/>
        <source>查看办件</source>
        <translation>View cases</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="64"/>
        <source>查看审计日志</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="65"/>
        <source>督办、登记投诉和责任追究</source>
        <translation>Supervise, register complaints and pursue accountability</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="66"/>
        <source>管理用户</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="67"/>
        <source>维护工作日历</source>
        <translation>Maintain the working-day calendar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="69"/>
        <source>办理上一环节的人员不得审批下一环节</source>
        <translation>Whoever handled the previous step may not approve the next one</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="70"/>
        <source>受理人不得作出最后决定</source>
        <translation>Whoever accepted the case may not make the final decision</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="71"/>
        <source>指定环节须由不同人员办理</source>
        <translation>The designated steps must be handled by different persons</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="73"/>
        <source>受理人不得办理最后一个环节（作出决定）</source>
        <translation>Whoever accepted the case may not handle the last step (the decision)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="74"/>
        <source>下列环节须由不同人员办理</source>
        <translation>The following steps must be handled by different persons</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="75"/>
        <source>办理某一环节的人员不得办理其下一环节</source>
        <translation>Whoever handled a step may not handle the next one</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="77"/>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="78"/>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="79"/>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="81"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="82"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="83"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="84"/>
        <source>业务分组</source>
        <translation>Business group</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="85"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="86"/>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="87"/>
        <source>事项类型</source>
        <translation>Kind of matter</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="88"/>
        <source>申请人类型</source>
        <translation>Applicant types</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="89"/>
        <source>允许集体决策</source>
        <translation>Collective decision allowed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="90"/>
        <source>受理处室</source>
        <translation>Accepting division</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="91"/>
        <source>咨询电话</source>
        <translation>Inquiry phone</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="92"/>
        <source>投诉电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="93"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="94"/>
        <source>事项说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="95"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="96"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="97"/>
        <source>预警规则</source>
        <translation>Warning rules</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="98"/>
        <source>暂停计时上限</source>
        <translation>Suspension limits</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="99"/>
        <source>申请材料</source>
        <translation>Required materials</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="100"/>
        <source>办理环节</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="101"/>
        <source>不相容岗位分离</source>
        <translation>Separation of duties</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="102"/>
        <source>条文</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="103"/>
        <source>参数</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="104"/>
        <source>办理角色</source>
        <translation>Responsible role</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="105"/>
        <source>环节时限</source>
        <translation>Step limit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="106"/>
        <source>可用动作</source>
        <translation>Allowed actions</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="107"/>
        <source>可退回环节</source>
        <translation>Return targets</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="108"/>
        <source>不计时</source>
        <translation>Outside the time limit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="109"/>
        <source>不计时原因</source>
        <translation>Reason for not counting time</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="110"/>
        <source>集体决策</source>
        <translation>Collective decision</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="111"/>
        <source>办理要求</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="112"/>
        <source>产出文书</source>
        <translation>Documents produced</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="113"/>
        <source>廉政风险点</source>
        <translation>Integrity risk points</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="114"/>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="115"/>
        <source>原件份数</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="116"/>
        <source>复印件份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="117"/>
        <source>要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="119"/>
        <source>开始计时</source>
        <translation>Clock started</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="120"/>
        <source>停止计时</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="122"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="123"/>
        <source>委托咨询评估</source>
        <translation>Commissioned consulting assessment</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="124"/>
        <source>补正材料</source>
        <translation>Supplementing materials</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="125"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="126"/>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="127"/>
        <source>现场核查</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="128"/>
        <source>检验检测</source>
        <translation>Testing and inspection</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="129"/>
        <source>征求第三方意见</source>
        <translation>Consulting third parties</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="130"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="131"/>
        <source>征求第三方（有关部门）意见</source>
        <translation>Consulting third parties (other departments)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="132"/>
        <source>其他（须说明）</source>
        <translation>Other (explain)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="134"/>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="135"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="136"/>
        <source>处室负责人</source>
        <translation>Division head</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="137"/>
        <source>委领导</source>
        <translation>Commission leader</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="138"/>
        <source>纪检监察</source>
        <translation>Supervision office</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="139"/>
        <source>兼职纪检监察员</source>
        <translation>Division inspector</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="140"/>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="142"/>
        <source>法人或其他组织</source>
        <translation>Legal person or other organisation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="143"/>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="144"/>
        <source>已收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="145"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="146"/>
        <source>不符合要求</source>
        <translation>Not acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="148"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="149"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="150"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="152"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="153"/>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="154"/>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="155"/>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="156"/>
        <source>属实</source>
        <translation>Substantiated</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="157"/>
        <source>部分属实</source>
        <translation>Partly substantiated</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="158"/>
        <source>不属实</source>
        <translation>Not substantiated</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="160"/>
        <source>同意</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="161"/>
        <source>不同意</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="162"/>
        <source>缓议</source>
        <translation>Defer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="163"/>
        <source>回避</source>
        <translation>Recused</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="164"/>
        <source>党组会</source>
        <translation>Party group meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="165"/>
        <source>主任办公会</source>
        <translation>Director&apos;s office meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="166"/>
        <source>处务会</source>
        <translation>Division meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="168"/>
        <source>超过法定时限（系统生成）</source>
        <translation>Statutory limit exceeded (raised by the system)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="169"/>
        <source>违反一次性告知（系统生成）</source>
        <translation>One-time notice breached (raised by the system)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="170"/>
        <source>投诉查实</source>
        <translation>Substantiated complaint</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="171"/>
        <source>纪检监察人员立项</source>
        <translation>Opened by the supervision office</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="172"/>
        <source>直接责任</source>
        <translation>Direct responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="173"/>
        <source>主要领导责任</source>
        <translation>Principal leadership responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="174"/>
        <source>领导责任</source>
        <translation>Leadership responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="175"/>
        <source>超期办理</source>
        <translation>Handled past the limit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="176"/>
        <source>未一次性告知</source>
        <translation>No one-time notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="177"/>
        <source>违规受理或不予受理</source>
        <translation>Improper acceptance or non-acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="178"/>
        <source>推诿扯皮</source>
        <translation>Shirking and buck-passing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="179"/>
        <source>未按规定回避</source>
        <translation>Failure to recuse</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="180"/>
        <source>违反集体决策程序</source>
        <translation>Breach of the collective decision procedure</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="181"/>
        <source>违规暂停计时或延期</source>
        <translation>Improper clock suspension or extension</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="182"/>
        <source>擅自增设条件或材料</source>
        <translation>Unauthorised extra conditions or materials</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="183"/>
        <source>应公开未公开</source>
        <translation>Failure to disclose</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="184"/>
        <source>索取收受财物或谋取不正当利益</source>
        <translation>Soliciting or taking gifts or improper benefits</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="185"/>
        <source>批评教育</source>
        <translation>Criticism and education</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="186"/>
        <source>书面检查</source>
        <translation>Written self-criticism</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="187"/>
        <source>通报批评</source>
        <translation>Circulated criticism</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="188"/>
        <source>诫勉谈话</source>
        <translation>Admonition talk</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="189"/>
        <source>调离岗位</source>
        <translation>Removal from post</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="190"/>
        <source>移送纪律审查</source>
        <translation>Referral for disciplinary review</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="192"/>
        <source>新增用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="193"/>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="194"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="195"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="196"/>
        <source>启用用户</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="197"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="198"/>
        <source>登录失败</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="199"/>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="200"/>
        <source>设置AB岗</source>
        <translation>Set backup (AB post)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="201"/>
        <source>设置外出</source>
        <translation>Set absent</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="202"/>
        <source>批量导入用户</source>
        <translation>Import users</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="203"/>
        <source>新增处室</source>
        <translation>Add division</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="204"/>
        <source>声明回避</source>
        <translation>Declare recusal</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="205"/>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="206"/>
        <source>导入工作日历</source>
        <translation>Import working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="207"/>
        <source>修改工作日历</source>
        <translation>Edit working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="208"/>
        <source>导入制度目录</source>
        <translation>Import regulation catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="209"/>
        <source>打印文书</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="210"/>
        <source>发出督办通知</source>
        <translation>Send supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="211"/>
        <source>回复督办通知</source>
        <translation>Reply to supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="212"/>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="213"/>
        <source>记录投诉调查</source>
        <translation>Record complaint investigation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="214"/>
        <source>投诉办结</source>
        <translation>Conclude complaint</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="215"/>
        <source>登记集体决策会议</source>
        <translation>Register collective decision meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="216"/>
        <source>登记参会人员意见</source>
        <translation>Record member&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="217"/>
        <source>登记会议决定</source>
        <translation>Record meeting decision</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="218"/>
        <source>立项责任追究</source>
        <translation>Open accountability item</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="219"/>
        <source>责任追究办结</source>
        <translation>Conclude accountability item</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="220"/>
        <source>撤销责任追究事项</source>
        <translation>Dismiss accountability item</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="221"/>
        <source>登记社会监督意见</source>
        <translation>Register public supervisor&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="222"/>
        <source>答复社会监督意见</source>
        <translation>Reply to public supervisor&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="223"/>
        <source>被修改</source>
        <translation>altered</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="224"/>
        <source>被插入</source>
        <translation>inserted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="225"/>
        <source>被删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="227"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="228"/>
        <source>日</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="230"/>
        <source>内置数据</source>
        <translation>built-in data</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="231"/>
        <source>文件导入</source>
        <translation>imported from file</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="232"/>
        <source>手工维护</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="234"/>
        <source>权力运行制度</source>
        <translation>Power operation regulations</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="235"/>
        <source>配套保障监督制度</source>
        <translation>Supporting and supervision regulations</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="236"/>
        <source>依申请</source>
        <translation>On application</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="237"/>
        <source>依职权</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="238"/>
        <source>不予批准</source>
        <translation>Not approve</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="357"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="366"/>
        <source>原件%n份</source>
        <translation>
            <numerusform>%n original</numerusform>
            <numerusform>%n originals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="369"/>
        <source>复印件%n份</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="378"/>
        <source>已办结（超期 %n 个工作日）</source>
        <translation>
            <numerusform>Completed (%n working day late)</numerusform>
            <numerusform>Completed (%n working days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="379"/>
        <source>已办结（超期 %n 日）</source>
        <translation>
            <numerusform>Completed (%n day late)</numerusform>
            <numerusform>Completed (%n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="384"/>
        <source>已超期 %n 个工作日</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="385"/>
        <source>已超期 %n 日</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="387"/>
        <source>已过期限</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="389"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="391"/>
        <source>剩余 %n 个工作日</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="392"/>
        <source>剩余 %n 日</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="396"/>
        <source>%n个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="397"/>
        <source>%n日</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="400"/>
        <source> 份</source>
        <translation>
            <numerusform> copy</numerusform>
            <numerusform> copies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location filename="../../ui/domain_messages.py" line="8"/>
        <source>没有登录名为“{login}”的用户。</source>
        <translation>There is no user with the login name &quot;{login}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="9"/>
        <source>请填写被追究责任人员的姓名。</source>
        <translation>Please enter the name of the person held responsible.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="10"/>
        <source>责任类型应为{responsibilities}之一。</source>
        <translation>The type of responsibility must be one of: {responsibilities}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="11"/>
        <source>违规类型应为：{types}。</source>
        <translation>The violation type must be one of: {types}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="12"/>
        <source>请写明违规事实。</source>
        <translation>Please describe the facts of the violation.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="13"/>
        <source>请指明涉及的办件或处室。</source>
        <translation>Please specify the case or division concerned.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="14"/>
        <source>没有第 {item_id} 号责任追究事项。</source>
        <translation>There is no accountability item no. {item_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="15"/>
        <source>该事项已{status}，不能再修改。</source>
        <translation>This item is already {status} and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="16"/>
        <source>请填写调查认定的事实和责任。</source>
        <translation>Please enter the facts and responsibilities established by the investigation.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="17"/>
        <source>处理方式应为{sanctions}之一。</source>
        <translation>The sanction must be one of: {sanctions}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="18"/>
        <source>请列明被追究责任的人员。</source>
        <translation>Please list the persons held responsible.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="19"/>
        <source>处理日期不能晚于今天。</source>
        <translation>The sanction date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="20"/>
        <source>不予追究须书面写明理由（如经核实确因不可抗力超期），理由不少于4个字。</source>
        <translation>Dismissing an item requires a written reason (e.g. the delay was verified to be caused by force majeure) of at least 4 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="22"/>
        <source>无法识别时区“{name}”，请填写如 Asia/Shanghai 的时区名称。</source>
        <translation>The time zone &quot;{name}&quot; is not recognised. Please enter a time zone name such as Asia/Shanghai.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="37"/>
        <source>密码至少需要 {length} 个字符。</source>
        <translation>The password must have at least {length} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="38"/>
        <source>密码不能超过 {length} 个字符。</source>
        <translation>The password must not have more than {length} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="39"/>
        <source>密码首尾不能是空格。</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="40"/>
        <source>密码须包含字母、数字、符号中的至少两类。</source>
        <translation>The password must contain at least two of the following: letters, digits, symbols.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="41"/>
        <source>密码不能包含登录名。</source>
        <translation>The password must not contain the login name.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="190"/>
        <source>{code}（{label}）</source>
        <translation>{code} ({label})</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="42"/>
        <source>没有“{item}”这个角色。可用的角色：{known}。</source>
        <translation>There is no role &quot;{item}&quot;. Available roles: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="43"/>
        <source>请至少选择一个角色。</source>
        <translation>Please select at least one role.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="46"/>
        <source>目标数据库 {database} 不是空库（已有 {count} 张表，如 {table}）。为避免把两个数据库混在一起，只能恢复或复制到空库：请新建一个空数据库（PostgreSQL：CREATE DATABASE …；SQLite：指定一个不存在的文件）后再试。</source>
        <translation>The target database {database} is not empty (it already has {count} table(s), e.g. {table}). To avoid mixing two databases, a backup can only be restored or copied into an empty database: please create a new empty database (PostgreSQL: CREATE DATABASE ...; SQLite: give a file that does not exist yet) and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="47"/>
        <source>备份的数据库结构版本为 {revision}，比本程序新：请先升级本机的阳光办件，再恢复该备份。</source>
        <translation>The backup has database schema version {revision}, which is newer than this program: please upgrade Sunlight on this computer first, then restore the backup.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="49"/>
        <source>备份文件 {path} 已存在：请换一个文件名，以免覆盖以前的备份。</source>
        <translation>The backup file {path} already exists: please choose another file name so that an earlier backup is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="50"/>
        <source>SQLite 格式的备份只适用于 SQLite 数据库。</source>
        <translation>A backup in SQLite format can only be made of a SQLite database.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="51"/>
        <source>pg_dump 只适用于 PostgreSQL 数据库。</source>
        <translation>pg_dump can only be used with a PostgreSQL database.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="53"/>
        <source>未知的备份格式“{format}”（可用：auto、sqlite、pg_dump、logical）。</source>
        <translation>Unknown backup format &quot;{format}&quot; (available: auto, sqlite, pg_dump, logical).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="56"/>
        <source>备份文件校验失败：{check}</source>
        <translation>The backup file failed its integrity check: {check}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="58"/>
        <source>未找到 {tool}：请安装 PostgreSQL 客户端工具，或改用逻辑导出格式。</source>
        <translation>{tool} was not found: please install the PostgreSQL client tools, or use the logical export format instead.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="59"/>
        <source>{what}失败（{tool} 退出码 {code}）：{output}</source>
        <translation>{what} failed ({tool} exit code {code}): {output}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="60"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="62"/>
        <source>无法识别备份文件 {path} 的格式：它不是阳光办件的备份（SQLite、pg_dump 或逻辑导出）。</source>
        <translation>The format of the backup file {path} is not recognised: it is not a Sunlight backup (SQLite, pg_dump or logical export).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="63"/>
        <source>备份文件 {path} 不存在。</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="64"/>
        <source>pg_dump 备份只能恢复到 PostgreSQL 数据库。要恢复到 SQLite，请对原数据库另做逻辑导出备份（sunlight backup --format logical），或用 sunlight db copy 直接复制。</source>
        <translation>A pg_dump backup can only be restored into a PostgreSQL database. To restore into SQLite, make a logical export backup of the original database (sunlight backup --format logical), or copy it directly with sunlight db copy.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="65"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="73"/>
        <source>内存数据库不能作为恢复目标。</source>
        <translation>An in-memory database cannot be the target of a restore.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="74"/>
        <source>逻辑导出文件的格式版本 {version} 本程序不认识。</source>
        <translation>This program does not know format version {version} of the logical export file.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="75"/>
        <source>备份中的表 {table} 在目标数据库结构中不存在。</source>
        <translation>The table {table} in the backup does not exist in the target database schema.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="79"/>
        <source>源数据库 {database} 不是阳光办件数据库（没有结构版本）。</source>
        <translation>The source database {database} is not a Sunlight database (it has no schema version).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="80"/>
        <source>表 {table} 在目标数据库结构中不存在。</source>
        <translation>The table {table} does not exist in the target database schema.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="77"/>
        <source>复制后以下表的行数与源数据库不一致：{tables}。</source>
        <translation>After the copy, the row counts of these tables differ from the source database: {tables}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="82"/>
        <source>日期 {day} 超出工作日历的范围（{first}—{last} 年）。</source>
        <translation>The date {day} is outside the working-day calendar ({first}-{last}).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="83"/>
        <source>日期超出工作日历的范围。</source>
        <translation>The date is outside the working-day calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="84"/>
        <source>第 {line} 行：{message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="85"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="86"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="87"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="88"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="89"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="90"/>
        <source>
……另有 {count} 处错误</source>
        <translation>
... and {count} more error(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="91"/>
        <source>日历文件有 {count} 处错误，未导入任何内容：
{errors}{more}</source>
        <translation>The calendar file has {count} error(s); nothing was imported:
{errors}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="92"/>
        <source>应为“日期,类型,名称”三列，实为 {count} 列</source>
        <translation>Expected three columns &quot;date,kind,name&quot;, found {count} column(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="94"/>
        <source>类型“{kind}”无效，只能是 holiday（节假日）或 workday（调休上班）</source>
        <translation>Invalid kind &quot;{kind}&quot;; it must be holiday (public holiday) or workday (make-up working day)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="95"/>
        <source>{day} 是{weekday}，本就是工作日，不能标为调休上班</source>
        <translation>{day} is a {weekday}, already a working day; it cannot be marked as a make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="96"/>
        <source>{day} 与第 {line} 行重复且内容不一致</source>
        <translation>{day} is a duplicate of line {line} with different content</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="104"/>
        <source>日历文件中没有任何日期，未导入。</source>
        <translation>The calendar file contains no dates; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="105"/>
        <source>{day} 不属于 {year} 年。</source>
        <translation>{day} is not in {year}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="106"/>
        <source>{day} 是工作日，不能标为调休上班。</source>
        <translation>{day} is a working day; it cannot be marked as a make-up working day.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="108"/>
        <source>{start} 起</source>
        <translation>since {start}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="109"/>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="110"/>
        <source>{number}：{reason}暂停 {span}，已 {days} 个工作日，超过上限 {limit} 个工作日</source>
        <translation>{number}: suspended for {reason} {span}, {days} working day(s) so far, over the maximum of {limit} working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="112"/>
        <source>请填写申请人名称。</source>
        <translation>Please enter the applicant&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="113"/>
        <source>申请人名称过长（最多200字）。</source>
        <translation>The applicant&apos;s name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="114"/>
        <source>申请人类型只能是“法人或其他组织”或“自然人”。</source>
        <translation>The applicant type must be either &quot;legal person or other organisation&quot; or &quot;natural person&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="115"/>
        <source>接收时间必须带时区。</source>
        <translation>The time of receipt must include a time zone.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="116"/>
        <source>接收时间不能晚于当前时间。</source>
        <translation>The time of receipt cannot be later than the current time.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="117"/>
        <source>“{title}”是配套保障制度，不能据此登记办件。</source>
        <translation>&quot;{title}&quot; is a supporting supervision rule, not a matter handled on application; no case can be registered under it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="119"/>
        <source>项目名称或事由过长（最多300字）。</source>
        <translation>The project name or subject is too long (at most 300 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="120"/>
        <source>材料代码“{code}”不在“{title}”的申请材料清单中（可用：{available}）。</source>
        <translation>Material code &quot;{code}&quot; is not on the list of application materials of &quot;{title}&quot; (available: {available}).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="98"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="45"/>
        <source>无法连接目标数据库</source>
        <translation>Cannot connect to the target database</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="57"/>
        <source>备份未完成，SQLite 报告：{detail}。</source>
        <translation>The backup was not completed; SQLite reported: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="48"/>
        <source>源数据库文件 {path} 不存在。</source>
        <translation>The source database file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="24"/>
        <source>第 {seq} 条</source>
        <translation>no. {seq}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="25"/>
        <source>第 {first}～{last} 条</source>
        <translation>nos. {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="26"/>
        <source>序号为 {seq} 的记录不在哈希链的序号范围内，是插入的。</source>
        <translation>The record numbered {seq} lies outside the chain&apos;s numbering: it was inserted.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="27"/>
        <source>审计记录{rows}缺失，已被删除。</source>
        <translation>Audit record {rows} is missing: it was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="28"/>
        <source>第 {seq} 条审计记录的内容与其哈希值不符，已被修改。</source>
        <translation>The content of audit record no. {seq} does not match its hash: it was altered.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="29"/>
        <source>{rows}审计记录不在原哈希链上，是后来插入的。</source>
        <translation>Audit record {rows} is not on the original chain: it was inserted later.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="30"/>
        <source>第 {seq} 条审计记录与前一条记录的链接断开：其前有记录被删除（或第 {before} 条被修改后重算了哈希）。</source>
        <translation>Audit record no. {seq} is not linked to the one before it: a record before it was deleted (or no. {before} was altered and its hash recomputed).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="31"/>
        <source>已校验 {count} 条审计记录……</source>
        <translation>{count} audit records checked…</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="32"/>
        <source>链尾{rows}审计记录已被删除。</source>
        <translation>Audit record {rows} at the end of the chain was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="33"/>
        <source>{rows}审计记录在链尾之后，是绕过程序插入的。</source>
        <translation>Audit record {rows} lies after the chain&apos;s end: it was inserted outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="34"/>
        <source>第 {seq} 条审计记录与链尾登记的哈希值不符，已被修改。</source>
        <translation>Audit record no. {seq} does not match the hash the chain&apos;s end holds: it was altered.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="35"/>
        <source>审计记录完整：共 {count} 条，哈希链校验通过。</source>
        <translation>The audit trail is intact: {count} records, hash chain verified.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="52"/>
        <source>正在用 pg_dump 导出数据库……</source>
        <translation>Exporting the database with pg_dump…</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="54"/>
        <source>您的用户账户已不存在，请重新登录。</source>
        <translation>Your user account no longer exists. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="55"/>
        <source>正在复制数据库……</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="61"/>
        <source>正在导出 {table}……</source>
        <translation>Exporting {table}…</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="66"/>
        <source>目标数据库未作改动，仍是空库。</source>
        <translation>The target database was left unchanged: it is still empty.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="67"/>
        <source>{reason}
{untouched}</source>
        <translation>{reason}
{untouched}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="68"/>
        <source>{what}中断：{detail}
{untouched}</source>
        <translation>{what} interrupted: {detail}
{untouched}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="69"/>
        <source>备份文件 {path} 不完整或已损坏（{reason}），无法恢复。
{untouched}</source>
        <translation>The backup file {path} is incomplete or damaged ({reason}) and cannot be restored.
{untouched}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="70"/>
        <source>文件在中途截断</source>
        <translation>the file ends part way</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="71"/>
        <source>压缩数据有误</source>
        <translation>its compressed data is corrupt</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="72"/>
        <source>备份文件 {path} 的内容有误（{reason}），无法恢复。
{untouched}</source>
        <translation>The content of the backup file {path} is wrong ({reason}) and cannot be restored.
{untouched}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="76"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="78"/>
        <source>无法连接源数据库</source>
        <translation>Cannot connect to the source database</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="93"/>
        <source>日期“{day}”无效，应写作 YYYY-MM-DD，例如 2026-10-01（也可写 2026/10/1）</source>
        <translation>The date “{day}” is not valid: write YYYY-MM-DD, e.g. 2026-10-01 (2026/10/1 is accepted too)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="99"/>
        <source>{day}（暂定）</source>
        <translation>{day} (provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="100"/>
        <source>法定期限 {before} → {after}</source>
        <translation>statutory due date {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="101"/>
        <source>承诺期限 {before} → {after}</source>
        <translation>promised due date {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="102"/>
        <source>{first}；{rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="103"/>
        <source>{number}：{changes}</source>
        <translation>{number}: {changes}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="107"/>
        <source>用户不存在，不能修改工作日历。</source>
        <translation>No such user: the working calendar cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="118"/>
        <source>{code}“{title}”第{version}版自{start}起施行，{day}接收的申请不能按此版本登记。</source>
        <translation>{code} “{title}” version {version} takes effect on {start}: an application received on {day} cannot be registered under it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="121"/>
        <source>材料状态“{status}”无效，应为已收取、缺少或不符合要求。</source>
        <translation>Material status &quot;{status}&quot; is not valid; it must be received, missing or not acceptable.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="122"/>
        <source>材料份数不能为负数。</source>
        <translation>The number of copies of a material cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="123"/>
        <source>没有编号为“{number}”的办件，请核对办件编号。</source>
        <translation>There is no case numbered &quot;{number}&quot;. Please check the case number.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="124"/>
        <source>未知的操作“{action}”。可用的操作：{available}。</source>
        <translation>Unknown action &quot;{action}&quot;. Available actions: {available}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="125"/>
        <source>一次性告知须列明全部缺少或不符合要求的材料：请在材料清单中标出至少一项“缺少”或“不符合要求”。</source>
        <translation>A one-time supplement notice must list every missing or unacceptable material: please mark at least one item in the materials checklist as &quot;Missing&quot; or &quot;Not acceptable&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="126"/>
        <source>已一次性告知申请人补正 {count} 项材料。</source>
        <translation>The applicant has been notified, once and for all, to supplement {count} material(s).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="127"/>
        <source>必备材料尚未齐全（{materials}），不能受理：请一次性告知补正，或在材料清单中登记已收取。</source>
        <translation>Required materials are still incomplete ({materials}), so the application cannot be accepted: issue a one-time supplement notice, or record them as received in the materials checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="128"/>
        <source>已受理，办理时限自今日起计算。</source>
        <translation>Accepted. The time limit for handling runs from today.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="129"/>
        <source>不予受理须写明理由（将写入不予受理通知书）。</source>
        <translation>Please state the reason for not accepting the application (it will appear in the non-acceptance notice).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="130"/>
        <source>已作出不予受理决定。</source>
        <translation>The decision not to accept the application has been made.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="131"/>
        <source>请填写本环节的办理意见。</source>
        <translation>Please enter your opinion for this step.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="132"/>
        <source>已通过“{step}”，转入“{target}”。</source>
        <translation>Step &quot;{step}&quot; passed; the case moves on to &quot;{target}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="133"/>
        <source>退回须写明理由。</source>
        <translation>Please state the reason for returning the case.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="134"/>
        <source>请选择退回到哪个环节（可退回：{steps}）。</source>
        <translation>Please choose the step to return the case to (possible: {steps}).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="135"/>
        <source>已退回“{step}”。</source>
        <translation>Returned to &quot;{step}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="136"/>
        <source>请选择暂停计时的事由：{reasons}。</source>
        <translation>Please choose the reason for suspending the clock: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="137"/>
        <source>已暂停计时（{reason}）。</source>
        <translation>Clock suspended ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="138"/>
        <source>已恢复计时。</source>
        <translation>Clock resumed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="139"/>
        <source>请填写延长的天数。</source>
        <translation>Please enter the number of days of the extension.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="140"/>
        <source>请写明延期理由（须书面告知申请人）。</source>
        <translation>Please state the reason for the extension (the applicant must be informed in writing).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="141"/>
        <source>已批准延期 {days}个工作日。</source>
        <translation>Extension of {days} working day(s) approved.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="142"/>
        <source>已批准延期 {days}日。</source>
        <translation>Extension of {days} day(s) approved.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="143"/>
        <source>已批准延期 {days}。</source>
        <translation>Extension approved: {days}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="144"/>
        <source>请填写决定内容（办结意见）。</source>
        <translation>Please enter the decision (the concluding opinion).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="145"/>
        <source>已办结：准予。</source>
        <translation>Case completed: approved.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="146"/>
        <source>已办结：不予批准。</source>
        <translation>Case completed: not approved.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="147"/>
        <source>请写明撤回的原因（如申请人书面申请撤回）。</source>
        <translation>Please state why the case is withdrawn (e.g. the applicant asked in writing to withdraw it).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="148"/>
        <source>办件已撤回。</source>
        <translation>The case has been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="149"/>
        <source>请登记申请人的评价：满意、基本满意或不满意。</source>
        <translation>Please record the applicant&apos;s rating: satisfied, fairly satisfied or dissatisfied.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="150"/>
        <source>已归档，申请人评价：{rating}。</source>
        <translation>Archived. Applicant&apos;s rating: {rating}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="151"/>
        <source>请选择承办人。</source>
        <translation>Please choose the person to handle the case.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="152"/>
        <source>没有可用的用户“{login}”。</source>
        <translation>There is no active user &quot;{login}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="153"/>
        <source>只能分办给本处室的工作人员。</source>
        <translation>A case can only be assigned to staff of its own division.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="154"/>
        <source>已分办给{name}。</source>
        <translation>Assigned to {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="155"/>
        <source>本件没有待办环节。</source>
        <translation>This case has no pending step.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="156"/>
        <source>其他用户</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="157"/>
        <source>办件 {number} 已被{who}修改，已重新载入，请核对后再操作。</source>
        <translation>Case {number} has been changed by {who}. It has been reloaded; please check it before you continue.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="158"/>
        <source>办件 {number} 已被{who}于{date} {time}修改，已重新载入，请核对后再操作。</source>
        <translation>Case {number} was changed by {who} on {date} at {time}. It has been reloaded; please check it before you continue.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="159"/>
        <source>{code}“{title}”自{start}起施行，{day}接收的申请不能据此登记。</source>
        <translation>{code} “{title}” takes effect on {start}: an application received on {day} cannot be registered under it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="160"/>
        <source>制度目录中没有编号为“{code}”且已生效的事项，请用 sunlight catalogue list 查看。</source>
        <translation>The rule catalogue has no matter numbered &quot;{code}&quot; that is in force. Use sunlight catalogue list to see the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="162"/>
        <source>制度目录是空的，没有可印制的内容。请先导入制度目录。</source>
        <translation>The regulation catalogue is empty; there is nothing to print. Please import the regulation catalogue first.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="164"/>
        <source>（整个文件）</source>
        <translation>(whole file)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="165"/>
        <source>{file}，第{line}行，字段 {field}：{message}</source>
        <translation>{file}, line {line}, field {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="166"/>
        <source>{file}，字段 {field}：{message}</source>
        <translation>{file}, field {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="167"/>
        <source>  {problem}</source>
        <translation>  {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="168"/>
        <source>  ……另有 {count} 处问题未列出</source>
        <translation>  ... and {count} more problem(s) not listed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="169"/>
        <source>制度目录校验未通过，共 {count} 处问题，未导入任何内容。请逐项修改后重新导入：
{problems}</source>
        <translation>The regulation catalogue failed validation with {count} problem(s); nothing was imported. Please fix each one and import again:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="170"/>
        <source>文件不是 UTF-8 编码（{reason}），请另存为 UTF-8。</source>
        <translation>The file is not UTF-8 encoded ({reason}); please save it as UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="171"/>
        <source>无法读取文件：{reason}。</source>
        <translation>Cannot read the file: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="172"/>
        <source>YAML 格式错误（不能用 Tab 缩进，请改用空格）：{problem}</source>
        <translation>YAML syntax error (tabs cannot be used for indentation, use spaces instead): {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="173"/>
        <source>YAML 格式错误：{problem}</source>
        <translation>YAML syntax error: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="174"/>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="175"/>
        <source>字段名必须是简单的文字。</source>
        <translation>Field names must be plain text.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="176"/>
        <source>字段重复出现，请只保留一处。</source>
        <translation>This field appears more than once; keep only one.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="177"/>
        <source>无法识别的值“{value}”（{error}）。</source>
        <translation>Unrecognised value &quot;{value}&quot; ({error}).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="178"/>
        <source>{what}应为“字段: 值”的映射。</source>
        <translation>{what} must be a mapping of &quot;field: value&quot; pairs.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="179"/>
        <source>此处</source>
        <translation>This value</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="180"/>
        <source>未知字段“{key}”（{context}），请核对拼写或删除。</source>
        <translation>Unknown field &quot;{key}&quot; ({context}); check the spelling or remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="181"/>
        <source>未知字段“{key}”，请核对拼写或删除。</source>
        <translation>Unknown field &quot;{key}&quot;; check the spelling or remove it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="182"/>
        <source>缺少必填字段。</source>
        <translation>This required field is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="183"/>
        <source>应为一段文字。</source>
        <translation>Must be text.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="184"/>
        <source>不能为空。</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="185"/>
        <source>应为整数，现为“{value}”。</source>
        <translation>Must be a whole number, but is &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="186"/>
        <source>不能小于 {minimum}，现为 {value}。</source>
        <translation>Must not be less than {minimum}, but is {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="187"/>
        <source>应为数值，现为“{value}”。</source>
        <translation>Must be a number, but is &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="188"/>
        <source>应在 {low:g} 到 {high:g} 之间，现为 {value}。</source>
        <translation>Must be between {low:g} and {high:g}, but is {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="189"/>
        <source>应为 true 或 false，现为“{value}”。</source>
        <translation>Must be true or false, but is &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="191"/>
        <source>“{value}”不是可用的取值，可用：{allowed}。</source>
        <translation>&quot;{value}&quot; is not an allowed value; allowed: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="192"/>
        <source>应为日期，格式 YYYY-MM-DD，例如 2026-01-01，现为“{value}”。</source>
        <translation>Must be a date in the format YYYY-MM-DD, e.g. 2026-01-01, but is &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="193"/>
        <source>应为列表（每项以“- ”开头，或写成 [a, b]）。</source>
        <translation>Must be a list (each item starting with &quot;- &quot;, or written as [a, b]).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="194"/>
        <source>至少要有一项。</source>
        <translation>Must have at least one item.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="195"/>
        <source>应为一段非空的文字。</source>
        <translation>Must be non-empty text.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="196"/>
        <source>时限</source>
        <translation>The time limit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="197"/>
        <source>工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="198"/>
        <source>自然日</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="199"/>
        <source>处室</source>
        <translation>The division entry</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="200"/>
        <source>处室代码“{code}”应为 2 至 6 个大写英文字母。</source>
        <translation>Division code &quot;{code}&quot; must be 2 to 6 capital Latin letters.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="201"/>
        <source>处室代码“{code}”与第 {index} 个处室重复。</source>
        <translation>Division code &quot;{code}&quot; duplicates division no. {index}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="202"/>
        <source>制度文件</source>
        <translation>The regulation file</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="203"/>
        <source>处室代码“{code}”在 divisions.yaml 中不存在。</source>
        <translation>Division code &quot;{code}&quot; does not exist in divisions.yaml.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="204"/>
        <source>制度编号“{code}”格式不对，应为 QL-nn（权力运行）或 BZ-nn（配套保障）。</source>
        <translation>Regulation code &quot;{code}&quot; has the wrong format; it must be QL-nn (power operation) or BZ-nn (supporting).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="205"/>
        <source>制度编号“{code}”与文件名“{file}”不一致，文件应命名为 {code}.yaml。</source>
        <translation>Regulation code &quot;{code}&quot; does not match the file name &quot;{file}&quot;; the file should be named {code}.yaml.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="206"/>
        <source>编号以 {prefix} 开头的制度类别应为 {expected}，现为 {category}。</source>
        <translation>A regulation whose code starts with {prefix} must have category {expected}, but has {category}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="207"/>
        <source>权力运行制度可用的字段见 docs/catalogue.md</source>
        <translation>the fields of a power-operation regulation are listed in docs/catalogue.md</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="208"/>
        <source>配套保障制度只有 articles 和 parameters 两个专用字段</source>
        <translation>a supporting regulation has only two fields of its own: articles and parameters</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="209"/>
        <source>依职权事项没有申请人，不应填写 applicant_types。</source>
        <translation>An ex officio matter has no applicant; do not fill in applicant_types.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="210"/>
        <source>“{value}”不是可用的申请人类型，可用：organisation、person。</source>
        <translation>&quot;{value}&quot; is not an allowed applicant type; allowed: organisation, person.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="211"/>
        <source>申请人类型“{value}”重复。</source>
        <translation>Applicant type &quot;{value}&quot; is listed twice.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="212"/>
        <source>承诺时限的单位必须与法定时限相同。</source>
        <translation>The promised time limit must use the same unit as the statutory time limit.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="213"/>
        <source>承诺时限 {promised} 天超过了法定时限 {statutory} 天，承诺时限不能长于法定时限。</source>
        <translation>The promised time limit of {promised} day(s) exceeds the statutory time limit of {statutory} day(s); the promised limit cannot be longer than the statutory one.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="214"/>
        <source>缺少必填字段（不允许延期时写 extension: null）。</source>
        <translation>This required field is missing (write extension: null when no extension is allowed).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="215"/>
        <source>分离规则</source>
        <translation>The separation rule</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="216"/>
        <source>distinct_persons 至少要列出两个环节。</source>
        <translation>distinct_persons must list at least two steps.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="217"/>
        <source>环节“{step}”在 steps 中不存在。</source>
        <translation>Step &quot;{step}&quot; does not exist in steps.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="218"/>
        <source>规则 {rule} 不需要列出环节。</source>
        <translation>Rule {rule} does not take a list of steps.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="219"/>
        <source>申请材料</source>
        <translation>The application material entry</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="220"/>
        <source>材料编号“{code}”格式不对，应为 M01、M02……</source>
        <translation>Material code &quot;{code}&quot; has the wrong format; it must be M01, M02, ...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="221"/>
        <source>材料编号“{code}”重复。</source>
        <translation>Material code &quot;{code}&quot; is used twice.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="222"/>
        <source>环节</source>
        <translation>The step</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="223"/>
        <source>环节编号“{code}”格式不对，应为 S1、S2……</source>
        <translation>Step code &quot;{code}&quot; has the wrong format; it must be S1, S2, ...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="224"/>
        <source>环节编号“{code}”重复。</source>
        <translation>Step code &quot;{code}&quot; is used twice.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="225"/>
        <source>角色“{role}”不办理环节（纪检监察、兼职纪检监察员和系统管理员只监督或管理），可用：clerk、reviewer、division_head、leader。</source>
        <translation>Role &quot;{role}&quot; does not handle steps (discipline inspection staff, part-time discipline inspectors and system administrators only supervise or administer); allowed: clerk, reviewer, division_head, leader.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="226"/>
        <source>“{action}”不是可用的动作，可用：pass（通过）、return（退回）、reject（不予批准）。</source>
        <translation>&quot;{action}&quot; is not an allowed action; allowed: pass (approve), return (send back), reject (refuse approval).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="227"/>
        <source>动作“{action}”重复。</source>
        <translation>Action &quot;{action}&quot; is listed twice.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="228"/>
        <source>动作含 return（退回）时，必须在 return_to 中列出可退回的环节。</source>
        <translation>When the actions include return (send back), return_to must list the steps a case can be sent back to.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="229"/>
        <source>列出了 return_to，但 actions 中没有 return（退回）。</source>
        <translation>return_to is listed, but actions does not include return (send back).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="230"/>
        <source>退回目标“{target}”在 steps 中不存在。</source>
        <translation>Return target &quot;{target}&quot; does not exist in steps.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="231"/>
        <source>只能退回到本环节之前的环节，“{target}”不在“{code}”之前。</source>
        <translation>A case can only be sent back to an earlier step; &quot;{target}&quot; does not come before &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="232"/>
        <source>只有 clock_excluded: true 的环节才填写不计时原因。</source>
        <translation>Only a step with clock_excluded: true takes a reason for not counting time.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="233"/>
        <source>依申请事项的环节不能设为集体决策；只有依职权事项、内部管理类事项，或顶层设置了 collective_allowed: true 的事项才可以。</source>
        <translation>A step of an application-based matter cannot be a collective decision; only ex officio matters, internal management matters, or matters with collective_allowed: true at the top level can have one.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="234"/>
        <source>环节时限 {step} 天超过了法定时限 {statutory} 天。</source>
        <translation>The step time limit of {step} day(s) exceeds the statutory time limit of {statutory} day(s).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="235"/>
        <source>廉政风险点</source>
        <translation>The integrity risk point</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="236"/>
        <source>{code} 的参数只有：{names}</source>
        <translation>the parameters of {code} are only: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="237"/>
        <source>只能是 {levels}</source>
        <translation>only {levels} are allowed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="238"/>
        <source>各项权重之和应为 1，现为 {total:g}。</source>
        <translation>The weights must add up to 1, but add up to {total:g}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="239"/>
        <source>应为一段文字，或 {{code: {code}, name: {name}}}。</source>
        <translation>Must be text, or {{code: {code}, name: {name}}}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="240"/>
        <source>代码</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="241"/>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="242"/>
        <source>文件或文件夹不存在。</source>
        <translation>The file or folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="243"/>
        <source>文件夹中没有 divisions.yaml，也没有制度文件。</source>
        <translation>The folder contains neither divisions.yaml nor any regulation files.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="244"/>
        <source>制度编号“{code}”与 {file} 重复。</source>
        <translation>Regulation code &quot;{code}&quot; is also used in {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="246"/>
        <source>新增处室 {divisions_added} 个，更新处室 {divisions_updated} 个；新增制度 {created} 项，新版本 {new_versions} 项，未变化 {unchanged} 项。</source>
        <translation>Divisions added: {divisions_added}, updated: {divisions_updated}; regulations added: {created}, new versions: {new_versions}, unchanged: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="247"/>
        <source>内容与已导入的 {code} 第 {version} 版不同，但版本号没有提高。修改制度时请把 version 改为 {next}，并填写新版本的生效日期。</source>
        <translation>The content differs from the imported {code} version {version}, but the version number was not raised. When changing a regulation, set version to {next} and fill in the effective date of the new version.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="248"/>
        <source>版本号 {version} 低于已导入的最新版本 {latest}，不能导入旧版本。</source>
        <translation>Version {version} is lower than the latest imported version {latest}; an older version cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="249"/>
        <source>新版本的生效日期 {effective_from} 早于上一版本（第 {latest} 版）的生效日期 {latest_from}。</source>
        <translation>The effective date {effective_from} of the new version is earlier than the effective date {latest_from} of the previous version (version {latest}).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="250"/>
        <source>处室代码“{code}”在数据库和 divisions.yaml 中都不存在。</source>
        <translation>Division code &quot;{code}&quot; exists neither in the database nor in divisions.yaml.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="251"/>
        <source>制度 {code} 没有第 {version} 版。</source>
        <translation>Regulation {code} has no version {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="252"/>
        <source>制度目录中没有编号为 {code} 的制度。可用 sunlight catalogue list 查看全部制度。</source>
        <translation>The regulation catalogue has no regulation with code {code}. Use sunlight catalogue list to see all regulations.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="253"/>
        <source>制度目录中没有 {code}，请先导入制度目录（sunlight catalogue import）。</source>
        <translation>{code} is not in the regulation catalogue; please import the regulation catalogue first (sunlight catalogue import).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="255"/>
        <source>新增 {field}：{value}</source>
        <translation>Added {field}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="256"/>
        <source>删除 {field}：{value}</source>
        <translation>Removed {field}: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="257"/>
        <source>{field}：{old} → {new}</source>
        <translation>{field}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="258"/>
        <source>{days}个工作日</source>
        <translation>{days} working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="259"/>
        <source>{days}日</source>
        <translation>{days} day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="260"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="261"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="262"/>
        <source>{field} {code}</source>
        <translation>{field} {code}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="263"/>
        <source>{item} · {field}</source>
        <translation>{item} - {field}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="264"/>
        <source>{field}顺序</source>
        <translation>Order of {field}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="266"/>
        <source>数据库文件 {path} 不存在，未作任何改动。请检查 --db 或 SUNLIGHT_DB_URL 给出的路径；新建数据库请用 sunlight db upgrade（生成培训库用 sunlight demo）。</source>
        <translation>The database file {path} does not exist; nothing was changed. Check the path given by --db or SUNLIGHT_DB_URL; to create a new database use sunlight db upgrade (sunlight demo for a training database).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="268"/>
        <source>该事项没有设定法定时限。</source>
        <translation>This matter has no statutory time limit.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="269"/>
        <source>期限超出工作日历的范围（{first}—{last} 年），无法计算。</source>
        <translation>The time limit falls outside the working-day calendar ({first}-{last}) and cannot be calculated.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="270"/>
        <source>未知的计时事件“{kind}”。</source>
        <translation>Unknown clock event &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="271"/>
        <source>计时事件的时间必须带时区。</source>
        <translation>The time of a clock event must include a time zone.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="272"/>
        <source>计时事件的时间不能早于上一个计时事件。</source>
        <translation>A clock event cannot be earlier than the previous clock event.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="273"/>
        <source>本件已开始计时，不能重复开始。</source>
        <translation>The clock of this case has already started; it cannot be started again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="274"/>
        <source>只有正在计时的办件才能暂停计时。</source>
        <translation>Only a case whose clock is running can have its clock suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="275"/>
        <source>请选择暂停计时的事由。</source>
        <translation>Please choose the reason for suspending the clock.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="276"/>
        <source>事由为“其他”的，须写明暂停计时的具体原因。</source>
        <translation>When the reason is &quot;Other&quot;, state the specific reason for suspending the clock.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="277"/>
        <source>本件未暂停计时，无需恢复。</source>
        <translation>The clock of this case is not suspended; there is nothing to resume.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="278"/>
        <source>本件未在计时，不能停止计时。</source>
        <translation>The clock of this case is not running; it cannot be stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="279"/>
        <source>只有正在办理的办件才能延期。</source>
        <translation>Only a case in progress can be extended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="280"/>
        <source>延期天数须为正整数。</source>
        <translation>The number of extension days must be a positive whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="281"/>
        <source>延期须经批准，请选择批准人。</source>
        <translation>An extension must be approved; please choose the approver.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="282"/>
        <source>该事项的办理时限依规定不得延长。</source>
        <translation>By regulation, the time limit of this matter cannot be extended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="283"/>
        <source>依规定最多可延长 {allowed}个工作日，已延长 {used}个工作日，本次最多还可延长 {left}个工作日。</source>
        <translation>By regulation the limit can be extended by at most {allowed} working day(s); {used} working day(s) already added, so at most {left} more working day(s) can be added now.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="284"/>
        <source>依规定最多可延长 {allowed}日，已延长 {used}日，本次最多还可延长 {left}日。</source>
        <translation>By regulation the limit can be extended by at most {allowed} day(s); {used} day(s) already added, so at most {left} more day(s) can be added now.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="285"/>
        <source>尚未受理，未开始计时</source>
        <translation>Not yet accepted; the clock has not started</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="286"/>
        <source>受理 {date}</source>
        <translation>Accepted {date}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="287"/>
        <source>已用 {days} 个工作日</source>
        <translation>{days} working day(s) used</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="288"/>
        <source>已用 {days} 日</source>
        <translation>{days} day(s) used</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="289"/>
        <source>暂停 {start} 至 {end}</source>
        <translation>Suspended {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="290"/>
        <source>暂停 {start} 起</source>
        <translation>Suspended since {start}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="291"/>
        <source>{reason}，超过 {limit} 个工作日上限</source>
        <translation>{reason}, over the maximum of {limit} working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="292"/>
        <source>{when}（{note}）</source>
        <translation>{when} ({note})</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="293"/>
        <source>延期 +{days}</source>
        <translation>Extended +{days}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="294"/>
        <source>承诺期限 {date}（暂定）</source>
        <translation>Promised due date {date} (provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="295"/>
        <source>承诺期限 {date}</source>
        <translation>Promised due date {date}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="296"/>
        <source>法定期限 {date}（暂定）</source>
        <translation>Statutory due date {date} (provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="297"/>
        <source>法定期限 {date}</source>
        <translation>Statutory due date {date}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="298"/>
        <source>暂停计时中（法定期限按今日恢复计时推算）</source>
        <translation>Clock suspended (statutory due date projected as if resumed today)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="299"/>
        <source>已超期 {days} 个工作日</source>
        <translation>Overdue by {days} working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="300"/>
        <source>已超期 {days} 日</source>
        <translation>Overdue by {days} day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="301"/>
        <source>已过期限</source>
        <translation>Past the due date</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="302"/>
        <source>办结 {date}</source>
        <translation>Decided {date}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="303"/>
        <source>{first}· {rest}</source>
        <translation>{first} · {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="304"/>
        <source>{first} · {rest}</source>
        <translation>{first} · {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="306"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="307"/>
        <source>剩余 {days} 个工作日</source>
        <translation>{days} working day(s) left</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="308"/>
        <source>投诉渠道应为：{channels}。</source>
        <translation>The complaint channel must be one of: {channels}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="309"/>
        <source>投诉人姓名过长（最多100字）。</source>
        <translation>The complainant&apos;s name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="310"/>
        <source>请填写投诉事项和主要事实。</source>
        <translation>Please enter what is complained of and the main facts.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="311"/>
        <source>收到投诉的时间不能晚于当前时间。</source>
        <translation>The time the complaint was received cannot be later than now.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="312"/>
        <source>投诉涉及的处室与办件的承办处室不一致，请核对。</source>
        <translation>The division named in the complaint is not the division handling the case. Please check.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="313"/>
        <source>没有第 {complaint_id} 号投诉。</source>
        <translation>There is no complaint no. {complaint_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="314"/>
        <source>该投诉已办结，不能再修改。</source>
        <translation>This complaint has been closed and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="315"/>
        <source>请填写调查核实情况。</source>
        <translation>Please enter the investigation findings.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="316"/>
        <source>处理结果应为：{outcomes}。</source>
        <translation>The outcome must be one of: {outcomes}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="317"/>
        <source>请填写答复投诉人的内容。</source>
        <translation>Please enter the reply to the complainant.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="318"/>
        <source>办结前须记录调查核实情况。</source>
        <translation>The investigation findings must be recorded before the complaint is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="319"/>
        <source>没有第 {complaint_id} 号投诉，或该投诉不在您的监督范围内。</source>
        <translation>There is no complaint no. {complaint_id}, or it is outside your supervision scope.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="321"/>
        <source>无法打开本机数据库文件 {database}：{detail}。请检查该文件夹是否存在、是否有写入权限，以及文件是否被其他程序占用。</source>
        <translation>Cannot open the local database file {database}: {detail}. Please check that the folder exists, that you may write to it, and that the file is not in use by another program.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="322"/>
        <source>服务器 {host} 上没有名为“{database}”的数据库。请核对数据库名称，或请数据库管理员先创建该数据库（见《安装与部署说明》）。</source>
        <translation>There is no database named &quot;{database}&quot; on the server {host}. Please check the database name, or ask the database administrator to create the database first (see the Installation and Deployment Guide).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="323"/>
        <source>服务器 {host} 不允许本机以用户“{user}”连接数据库“{database}”（服务器的 pg_hba.conf 中没有相应规则）。请联系数据库管理员放行本机地址。</source>
        <translation>The server {host} does not allow this computer to connect to the database &quot;{database}&quot; as user &quot;{user}&quot; (there is no matching rule in the server&apos;s pg_hba.conf). Please ask the database administrator to allow this computer&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="324"/>
        <source>用户名或密码错误：服务器拒绝了数据库用户“{user}”的登录。请核对用户名和密码（区分大小写）。</source>
        <translation>Wrong user name or password: the server refused the login of database user &quot;{user}&quot;. Please check the user name and password (they are case-sensitive).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="325"/>
        <source>找不到服务器“{host}”：请检查服务器地址是否拼写正确，或改用服务器的 IP 地址。</source>
        <translation>The server &quot;{host}&quot; cannot be found: please check that the server address is spelled correctly, or use the server&apos;s IP address instead.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="326"/>
        <source>无法连接到服务器 {host} 的端口 {port}。请检查地址和端口是否正确、服务器和数据库服务是否已启动、网络是否连通（防火墙是否放行该端口）。</source>
        <translation>Cannot connect to port {port} of the server {host}. Please check that the address and port are correct, that the server and the database service are running, and that the network is reachable (and the firewall allows this port).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="327"/>
        <source>无法连接数据库：{detail}</source>
        <translation>Cannot connect to the database: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="328"/>
        <source>{reason}
服务器返回：{detail}</source>
        <translation>{reason}
The server said: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="329"/>
        <source>{role} {database}：{reason}</source>
        <translation>{role} {database}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="330"/>
        <source>应写作 postgresql+psycopg://用户名@服务器/数据库名（全委共用的 PostgreSQL），或单机 SQLite 数据库文件的路径（如 sqlite:////home/user/sunlight.db，也可直接写文件路径）。</source>
        <translation>Write postgresql+psycopg://user@server/database (the agency&apos;s shared PostgreSQL), or the path of a single desk&apos;s SQLite database file (such as sqlite:////home/user/sunlight.db, or just the file&apos;s path).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="331"/>
        <source>数据库地址“{text}”无法识别：{forms}</source>
        <translation>The database address “{text}” is not understood. {forms}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="332"/>
        <source>“{text}”是 SQLite 内存数据库，程序退出即消失，不能用作阳光办件的数据库：{forms}</source>
        <translation>“{text}” is an SQLite in-memory database, gone when the program ends, and cannot be Sunlight&apos;s database. {forms}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="333"/>
        <source>不支持的数据库类型“{kind}”：阳光办件使用 PostgreSQL（全委共用）或 SQLite（单机）。{forms}</source>
        <translation>The database type “{kind}” is not supported: Sunlight uses PostgreSQL (shared by the agency) or SQLite (one desk). {forms}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="334"/>
        <source>连接成功。这是一个空数据库，首次打开时将自动建立数据表。</source>
        <translation>Connected. This is an empty database; its tables will be created automatically when it is first opened.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="335"/>
        <source>数据库结构版本 {revision} 比本程序新（本程序为 {head}）：该数据库已由较新版本的阳光办件升级。请先升级本机的阳光办件，再连接该数据库。</source>
        <translation>The database schema version {revision} is newer than this program&apos;s ({head}): the database has been upgraded by a newer version of Sunlight. Please upgrade Sunlight on this computer first, then connect to the database.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="336"/>
        <source>数据库结构版本 {revision} 比本程序需要的 {head} 旧：须由系统管理员先升级数据库（升级前请先备份），升级后各工作站须使用新版本的阳光办件。</source>
        <translation>The database schema version {revision} is older than the version {head} this program needs: a system administrator must first upgrade the database (make a backup before upgrading); after the upgrade every workstation must use the new version of Sunlight.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="337"/>
        <source>连接成功，数据库结构版本 {revision} 与本程序一致。</source>
        <translation>Connected. The database schema version {revision} matches this program.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="338"/>
        <source>数据库地址无效：{detail}</source>
        <translation>The database address is not valid: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="340"/>
        <source>该数据库已有正式数据，不是培训库，演示数据不能写入。请另建一个数据库（用 --db 指定）再运行 demo。</source>
        <translation>This database already holds real data and is not a training database; demo data cannot be written to it. Create a separate database (specify it with --db) and run demo again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="342"/>
        <source>请填写社会监督员姓名。</source>
        <translation>Please enter the social supervisor&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="343"/>
        <source>请填写社会监督员反映的意见或问题。</source>
        <translation>Please enter the opinion or problem the social supervisor raised.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="344"/>
        <source>评价应为满意、基本满意或不满意。</source>
        <translation>The rating must be satisfied, basically satisfied or dissatisfied.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="345"/>
        <source>没有第 {feedback_id} 号社会监督员意见。</source>
        <translation>There is no social supervisor feedback no. {feedback_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="346"/>
        <source>该意见已答复。</source>
        <translation>This feedback has already been answered.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="347"/>
        <source>请填写答复内容。</source>
        <translation>Please enter the reply.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="348"/>
        <source>没有第 {feedback_id} 号社会监督员意见，或不在您的监督范围内。</source>
        <translation>There is no social supervisor feedback no. {feedback_id}, or it is outside your supervision scope.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="350"/>
        <source>所在的文件夹不存在</source>
        <translation>the folder it is in does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="351"/>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="352"/>
        <source>没有写入该位置的权限</source>
        <translation>you have no permission to write there</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="353"/>
        <source>没有读取该文件的权限</source>
        <translation>you have no permission to read it</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="354"/>
        <source>磁盘空间不足</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="355"/>
        <source>该位置只读</source>
        <translation>that place is read-only</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="356"/>
        <source>这是一个文件夹，不是文件</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="357"/>
        <source>路径中有一级不是文件夹，而是同名的文件</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="358"/>
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="359"/>
        <source>读写文件时出错</source>
        <translation>an error occurred while writing or reading the file</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="360"/>
        <source>无法写入文件 {path}：{reason}。</source>
        <translation>Cannot write the file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="364"/>
        <source>统一社会信用代码应为18位，您输入了{count}位，请核对。</source>
        <translation>A unified social credit code has 18 characters; you entered {count}. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="365"/>
        <source>统一社会信用代码第{position}位“{char}”不是有效字符（代码中不使用字母 I、O、Z、S、V），请核对。</source>
        <translation>Character {position} of the unified social credit code, “{char}”, is not valid (the code never uses the letters I, O, Z, S or V). Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="366"/>
        <source>统一社会信用代码校验位不正确，请核对第18位。</source>
        <translation>The check character of the unified social credit code is wrong. Please check character 18.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="367"/>
        <source>公民身份号码应为18位，您输入了{count}位，请核对。</source>
        <translation>A citizen ID number has 18 characters; you entered {count}. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="368"/>
        <source>公民身份号码前17位应为数字，请核对。</source>
        <translation>The first 17 characters of a citizen ID number must be digits. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="369"/>
        <source>公民身份号码第18位应为数字或字母X，请核对。</source>
        <translation>Character 18 of a citizen ID number must be a digit or the letter X. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="370"/>
        <source>公民身份号码第7至14位的出生日期无效，请核对。</source>
        <translation>The date of birth in characters 7 to 14 of the citizen ID number is not a valid date. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="371"/>
        <source>公民身份号码中的出生日期不合理，请核对第7至14位。</source>
        <translation>The date of birth in the citizen ID number is not plausible. Please check characters 7 to 14.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="372"/>
        <source>公民身份号码校验位不正确，请核对第18位。</source>
        <translation>The check digit of the citizen ID number is wrong. Please check character 18.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="373"/>
        <source>联系电话格式不正确：手机号为11位数字，固定电话请写区号，如 0731-82212041。</source>
        <translation>The phone number is not valid: a mobile number has 11 digits; a landline needs its area code, e.g. 0731-82212041.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="375"/>
        <source>应到 {due} 人，实到 {present} 人；须三分之二以上到会（至少 {required} 人），符合规定。</source>
        <translation>{due} member(s) due to attend, {present} present; two thirds or more must attend for personnel matters (at least {required}), so the rule is met.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="376"/>
        <source>应到 {due} 人，实到 {present} 人；须三分之二以上到会（至少 {required} 人），不符合规定。</source>
        <translation>{due} member(s) due to attend, {present} present; two thirds or more must attend for personnel matters (at least {required}), so the rule is not met.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="377"/>
        <source>应到 {due} 人，实到 {present} 人；须超过半数到会（至少 {required} 人），符合规定。</source>
        <translation>{due} member(s) due to attend, {present} present; more than half must attend (at least {required}), so the rule is met.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="378"/>
        <source>应到 {due} 人，实到 {present} 人；须超过半数到会（至少 {required} 人），不符合规定。</source>
        <translation>{due} member(s) due to attend, {present} present; more than half must attend (at least {required}), so the rule is not met.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="379"/>
        <source>您的账户已停用，请联系系统管理员。</source>
        <translation>Your account has been disabled. Please contact the system administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="380"/>
        <source>会议记录由承办处室或委办公室的工作人员登记；纪检监察人员和系统管理员不登记会议。</source>
        <translation>Meetings are recorded by staff of the handling divisions or the commission office; discipline inspection staff and system administrators do not record meetings.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="381"/>
        <source>会议类型应为{types}之一。</source>
        <translation>The meeting type must be one of: {types}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="382"/>
        <source>只能登记已经召开的会议，会议日期不能晚于今天。</source>
        <translation>Only meetings that have already been held can be recorded; the meeting date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="383"/>
        <source>请列出会议议题。</source>
        <translation>Please list the meeting&apos;s agenda items.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="384"/>
        <source>{name}在应到会人员中重复。</source>
        <translation>{name} is listed more than once among the members due to attend.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="385"/>
        <source>集体决策会议的应到会人员至少应有2人。</source>
        <translation>A collective decision meeting must have at least 2 members due to attend.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="386"/>
        <source>会议主持人须是到会人员。</source>
        <translation>The presiding leader must be one of the members present.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="387"/>
        <source>第 {n} 项议题没有填写名称。</source>
        <translation>Agenda item {n} has no title.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="388"/>
        <source>到会人数不足：{quorum}会议决定不作为有效的集体决策，系统不予登记（集体决策议事规则第五条）。</source>
        <translation>Not enough members attended: {quorum} The meeting&apos;s decisions are not a valid collective decision, so the meeting cannot be recorded (Collective Decision Rules, Art. 5).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="389"/>
        <source>没有第 {meeting_id} 号会议记录。</source>
        <translation>There is no meeting record no. {meeting_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="390"/>
        <source>会议没有第 {seq} 项议题。</source>
        <translation>The meeting has no agenda item {seq}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="391"/>
        <source>{name}不是本次会议的应到会人员。</source>
        <translation>{name} is not among the members due to attend this meeting.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="392"/>
        <source>该议题已作出决定，不能再登记意见。</source>
        <translation>This agenda item has already been decided; no more opinions can be recorded on it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="393"/>
        <source>意见应为{stances}之一。</source>
        <translation>The opinion must be one of: {stances}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="394"/>
        <source>{name}未到会，不能登记其意见。</source>
        <translation>{name} did not attend the meeting, so no opinion can be recorded for them.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="395"/>
        <source>{name}已对该议题表态。</source>
        <translation>{name} has already stated an opinion on this agenda item.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="396"/>
        <source>{name}已对该办件或其申请人声明回避，只能登记为“回避”（回避制度）。</source>
        <translation>{name} has declared a recusal from this case or its applicant, so their opinion can only be recorded as &quot;recused&quot; (recusal rules).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="397"/>
        <source>不同意或缓议的，请说明理由。</source>
        <translation>Please give the reason for disagreeing or deferring.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="398"/>
        <source>主持人已末位表态，其他参会人员不能再表态（末位表态）。</source>
        <translation>The presiding leader has already stated an opinion last; no other member may state one now (presiding leader speaks last).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="399"/>
        <source>主持人应最后表态（末位表态）：{names}尚未发表意见。</source>
        <translation>The presiding leader must state an opinion last (presiding leader speaks last): {names} have not stated an opinion yet.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="400"/>
        <source>该议题已作出决定；确需变更的，应当重新提交会议研究（第十条）。</source>
        <translation>This agenda item has already been decided; if it really must change, submit it to a meeting again (Art. 10).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="401"/>
        <source>决定应为{decisions}之一。</source>
        <translation>The decision must be one of: {decisions}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="402"/>
        <source>请填写会议决定的内容。</source>
        <translation>Please enter the content of the meeting&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="403"/>
        <source>到会人数不足，不能作出决定：{quorum}</source>
        <translation>Not enough members attended to make a decision: {quorum}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="404"/>
        <source>{names}尚未发表意见，不能作出决定（参会人员逐一表态）。</source>
        <translation>{names} have not yet stated an opinion, so no decision can be made (every member present states an opinion in turn).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="405"/>
        <source>同意的只有 {agree} 人，未超过应到会人员（{due} 人）的半数，不能形成同意的决定（少数服从多数，第七条）。</source>
        <translation>Only {agree} member(s) agreed, which is not more than half of the {due} member(s) due to attend, so the item cannot be approved (majority rule, Art. 7).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="406"/>
        <source>本环节须集体决策：请关联研究决定本件的会议记录（集体决策议事规则第九条）。</source>
        <translation>This step requires a collective decision: please link the record of the meeting that decided this case (Collective Decision Rules, Art. 9).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="407"/>
        <source>所关联的会议（{title}）没有研究本件的议题。</source>
        <translation>The linked meeting ({title}) has no agenda item about this case.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="408"/>
        <source>所关联的会议到会人数不足，不是有效的集体决策。</source>
        <translation>Not enough members attended the linked meeting, so it is not a valid collective decision.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="409"/>
        <source>尚未作出决定</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="410"/>
        <source>所关联的会议对本件的议题{state}，本环节不能通过。</source>
        <translation>The linked meeting&apos;s decision on the item about this case: {state}. This step cannot be passed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="411"/>
        <source>所关联的会议对本件的议题{state}，本环节不能作出不予批准的决定。</source>
        <translation>The linked meeting&apos;s decision on the item about this case: {state}. This step cannot conclude with a rejection.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="413"/>
        <source>{first}、{rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="414"/>
        <source>{first}
{rest}</source>
        <translation>{first}
{rest}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="416"/>
        <source>逾期回复</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="417"/>
        <source>按期回复</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="418"/>
        <source>已逾期 {days} 个工作日</source>
        <translation>Reply overdue by {days} working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="419"/>
        <source>请填写督办事项。</source>
        <translation>Please enter the matter under supervision.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="420"/>
        <source>督办事项过长（最多200字），详细内容请写入整改要求。</source>
        <translation>The matter under supervision is too long (at most 200 characters); put the details in the rectification requirements.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="421"/>
        <source>请写明整改要求。</source>
        <translation>Please state the rectification requirements.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="422"/>
        <source>请选择督办的办件或处室。</source>
        <translation>Please choose the cases or the division the supervision notice concerns.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="423"/>
        <source>一份督办通知只能发给一个处室：所选办件分属不同处室，请分别发出。</source>
        <translation>A supervision notice can be sent to only one division: the selected cases belong to different divisions, so please send separate notices.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="424"/>
        <source>账户已停用。</source>
        <translation>The account has been disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="425"/>
        <source>督办通知由被督办处室的负责人回复。</source>
        <translation>A supervision notice is answered by the head of the division it was sent to.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="426"/>
        <source>该督办通知已回复。</source>
        <translation>This supervision notice has already been answered.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="427"/>
        <source>请写明办理和整改情况（不少于4个字）。</source>
        <translation>Please describe what was done and rectified (at least 4 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="428"/>
        <source>没有第 {notice_id} 号督办通知。</source>
        <translation>There is no supervision notice no. {notice_id}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="430"/>
        <source>办件编号格式“{pattern}”无效：只能使用 {year} 和 {seq}（如 {example}）两个占位符。</source>
        <translation>The case number format &quot;{pattern}&quot; is not valid: only the two placeholders {year} and {seq} (e.g. {example}) may be used.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="431"/>
        <source>办件编号格式必须同时包含年份 {year} 和顺序号 {seq}。</source>
        <translation>The case number format must contain both the year {year} and the sequence number {seq}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="432"/>
        <source>办件编号格式中的顺序号没有起作用，请检查 {seq}。</source>
        <translation>The sequence number has no effect in the case number format. Please check {seq}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="434"/>
        <source>请先登录。</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="435"/>
        <source>只有系统管理员才能{action}。</source>
        <translation>Only a system administrator may take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="436"/>
        <source>只有系统管理员和纪检监察人员才能查看审计日志。</source>
        <translation>Only system administrators and discipline inspection staff may view the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="437"/>
        <source>只有委领导和纪检监察人员才能查看全部办件。</source>
        <translation>Only commission leaders and discipline inspection staff may view all cases.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="438"/>
        <source>系统管理员负责系统管理，不办理办件。</source>
        <translation>System administrators administer the system; they do not handle cases.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="439"/>
        <source>纪检监察人员只查看办件，通过督办、投诉和责任追究记录履行监督职责，不办理办件（监管分离）。</source>
        <translation>Discipline inspection staff only view cases and supervise through supervision notices, complaints and accountability records; they do not handle cases (separation of handling and supervision).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="440"/>
        <source>您没有办理办件的角色，不能{action}。</source>
        <translation>You hold no case-handling role, so you cannot take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="441"/>
        <source>只有经办人才能登记办件。</source>
        <translation>Only a clerk may register a case.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="442"/>
        <source>只能登记本处室受理的事项。</source>
        <translation>You can only register matters accepted by your own division.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="443"/>
        <source>您已对该办件声明回避，不能{action}（回避制度）。</source>
        <translation>You have declared a recusal for this case, so you cannot take the action &quot;{action}&quot; (recusal rule).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="444"/>
        <source>您已对申请人“{applicant}”声明回避，不能{action}（回避制度）。</source>
        <translation>You have declared a recusal for the applicant &quot;{applicant}&quot;, so you cannot take the action &quot;{action}&quot; (recusal rule).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="445"/>
        <source>只有系统管理员或本处室负责人才能安排AB岗。</source>
        <translation>Only a system administrator or the head of the division may arrange A/B posts.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="446"/>
        <source>兼职纪检监察员只能监督本处室的办件。</source>
        <translation>A division inspector may only supervise cases of his or her own division.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="447"/>
        <source>只有纪检监察人员才能督办、登记投诉和责任追究。</source>
        <translation>Only discipline inspection staff may issue supervision notices and record complaints and accountability matters.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="448"/>
        <source>您参与办理了该办件，不能对其监督（监管分离）。</source>
        <translation>You took part in handling this case, so you cannot supervise it (separation of handling and supervision).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="449"/>
        <source>您已对该办件或其申请人声明回避，不能对其监督（回避制度）。</source>
        <translation>You have declared a recusal for this case or its applicant, so you cannot supervise it (recusal rule).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="450"/>
        <source>系统管理员负责系统管理，不查看办件内容。</source>
        <translation>System administrators administer the system; they do not view the content of cases.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="451"/>
        <source>该办件不属于您的处室，您也未参与办理，无权查看。</source>
        <translation>This case does not belong to your division and you did not take part in handling it, so you may not view it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="452"/>
        <source>只有受理处室的经办人才能{action}。</source>
        <translation>Only a clerk of the accepting division may take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="453"/>
        <source>只有受理处室的经办人或处室负责人才能办理撤回。</source>
        <translation>Only a clerk or the head of the accepting division may withdraw a case.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="454"/>
        <source>只有本处室负责人才能分办办件。</source>
        <translation>Only the head of the division may assign cases.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="455"/>
        <source>“{title}”不允许延期。</source>
        <translation>&quot;{title}&quot; does not allow extensions.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="456"/>
        <source>按规定，延期须由“{role}”批准。</source>
        <translation>Under the regulation, an extension must be approved by: {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="457"/>
        <source>只有当前环节的办理人或处室负责人才能{action}。</source>
        <translation>Only the handler of the current step or the division head may take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="458"/>
        <source>只有委领导或处室负责人才能{action}。</source>
        <translation>Only a commission leader or the division head may take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="459"/>
        <source>该办件不属于您的处室，不能{action}。</source>
        <translation>This case does not belong to your division, so you cannot take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="460"/>
        <source>只有在最后一个环节才能作出办结决定。</source>
        <translation>The final decision can only be made at the last step.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="461"/>
        <source>环节“{step}”不能作出准予决定。</source>
        <translation>Step &quot;{step}&quot; cannot make a decision to approve.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="462"/>
        <source>环节“{step}”不允许{action}。</source>
        <translation>Step &quot;{step}&quot; does not allow the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="463"/>
        <source>当前环节“{step}”由{division}办理，您不能{action}。</source>
        <translation>The current step &quot;{step}&quot; is handled by {division}, so you cannot take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="464"/>
        <source>当前环节“{step}”须由“{role}”办理，您不能{action}。</source>
        <translation>The current step &quot;{step}&quot; must be handled by: {role}. You cannot take the action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="465"/>
        <source>受理处室</source>
        <translation>the accepting division</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="466"/>
        <source>您受理了该办件。按照“{title}”的规定，受理人不得作出最后决定（相互制约），请由其他人员办理。</source>
        <translation>You accepted this case. Under &quot;{title}&quot;, the person who accepted a case may not make its final decision (checks and balances); please have someone else handle it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="467"/>
        <source>您办理了上一环节“{previous}”。按照“{title}”的规定，同一人不得既起草又审批，本环节“{step}”请由其他人员办理。</source>
        <translation>You handled the previous step &quot;{previous}&quot;. Under &quot;{title}&quot;, the same person may not both draft and approve; please have someone else handle this step &quot;{step}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="468"/>
        <source>按照“{title}”的规定，{steps}须由不同人员办理，您已办理过其中的环节。</source>
        <translation>Under &quot;{title}&quot;, the steps {steps} must be handled by different persons, and you have already handled one of them.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="470"/>
        <source>未知的文书“{kind}”，可打印：{kinds}。</source>
        <translation>Unknown document &quot;{kind}&quot;; documents that can be printed: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="471"/>
        <source>依职权办理的事项没有申请人，不出具受理、补正或不予受理文书。</source>
        <translation>An ex officio matter has no applicant; no acceptance, supplement or refusal documents are issued.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="472"/>
        <source>办件尚未受理，不能打印受理通知书。</source>
        <translation>The case has not been accepted yet; the acceptance notice cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="473"/>
        <source>本件未作出一次性告知补正，不能打印补正材料一次性告知书。</source>
        <translation>No one-time supplement request was made for this case; the one-time notice of materials to supplement cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="474"/>
        <source>本件未作出不予受理决定，不能打印不予受理通知书。</source>
        <translation>No decision not to accept was made for this case; the notice of non-acceptance cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="475"/>
        <source>验证码“{code}”不存在：该文书不是本系统打印的，或验证码有误，请核对。</source>
        <translation>Verification code &quot;{code}&quot; does not exist: the document was not printed by this system or the code is wrong. Please check.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="477"/>
        <source>已尝试但无法使用：{tried}。</source>
        <translation>Tried but could not use: {tried}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="478"/>
        <source>找不到可嵌入 PDF 的中文字体，无法生成打印文件。Linux 请安装文泉驿微米黑（apt-get install fonts-wqy-microhei），Windows 应自带微软雅黑（msyh.ttc）；也可用环境变量 {variable} 指定一个 TrueType 中文字体文件。{detail}</source>
        <translation>No Chinese font that can be embedded in a PDF was found, so the print file cannot be created. On Linux install WenQuanYi Micro Hei (apt-get install fonts-wqy-microhei); Windows should include Microsoft YaHei (msyh.ttc); you can also name a TrueType Chinese font file in the environment variable {variable}. {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="480"/>
        <source>状态</source>
        <translation>state</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="481"/>
        <source>当前环节</source>
        <translation>current step</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="482"/>
        <source>承办人</source>
        <translation>handler</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="483"/>
        <source>办结决定</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="484"/>
        <source>计时状态</source>
        <translation>clock state</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="485"/>
        <source>办件核对：{count} 件办件的当前状态均与其审计记录一致。</source>
        <translation>Cases: the current state of all {count} cases matches their audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="487"/>
        <source>……另有 {more} 处</source>
        <translation>… and {more} more</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="486"/>
        <source>办件核对发现 {count} 处与审计记录不符（共核对 {checked} 件），办件表可能被绕过程序修改：
{problems}</source>
        <translation>Cases: {count} discrepancies with the audit trail ({checked} cases checked); the cases table may have been changed outside the program:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="500"/>
        <source>用户 {id}</source>
        <translation>user {id}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="497"/>
        <source>“{value}”</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="488"/>
        <source>用户核对：{count} 个用户的姓名、处室、角色和状态均与其审计记录一致。</source>
        <translation>Users: the name, division, roles and state of all {count} users match the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="489"/>
        <source>用户核对发现 {count} 处与审计记录不符（共核对 {checked} 个用户），用户表可能被绕过程序修改：
{problems}</source>
        <translation>Users: {count} discrepancies with the audit trail ({checked} users checked); the users table may have been changed outside the program:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="490"/>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="491"/>
        <source>所在处室</source>
        <translation>division</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="492"/>
        <source>角色</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="493"/>
        <source>账户状态</source>
        <translation>account state</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="494"/>
        <source>在用</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="495"/>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="498"/>
        <source>用户 {login} 没有建立账户的审计记录：是绕过程序写入用户表的。</source>
        <translation>User {login} has no audit record of the account being created: it was written into the users table outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="499"/>
        <source>用户 {login} 的{field}为{now}，而最后记录其{field}的审计记录（第 {seq} 条）记为{recorded}。</source>
        <translation>User {login}: the {field} is {now}, but the last audit record of the {field} (no. {seq}) says {recorded}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="501"/>
        <source>办件 {number} 没有任何审计记录：不是经本程序登记的，是绕过程序写入办件表的。</source>
        <translation>Case {number} has no audit record at all: it was not registered through the program but written into the cases table outside it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="502"/>
        <source>办件 {number} 的{field}为{now}，而其最后一条审计记录（第 {seq} 条）记为{recorded}。</source>
        <translation>Case {number}: its {field} is {now}, but its last audit record (no. {seq}) says {recorded}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="503"/>
        <source>办件 {number} 有登记的审计记录（第 {seq} 条），但办件表中已没有这件：被删除。</source>
        <translation>Case {number} has a registration in the audit trail (no. {seq}) but is no longer in the cases table: it was deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="504"/>
        <source>正在核对各办件……</source>
        <translation>Checking each case…</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="506"/>
        <source>处室负责人和兼职纪检监察员只能统计本处室的办件。</source>
        <translation>Division heads and part-time discipline inspectors can only report on the cases of their own division.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="507"/>
        <source>只有委领导、纪检监察人员和处室负责人才能生成报表。</source>
        <translation>Only commission leaders, discipline inspection staff and division heads can generate reports.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="509"/>
        <source>月份“{month}”格式不正确，应为 YYYY-MM，例如 2026-03。</source>
        <translation>The month &quot;{month}&quot; has the wrong format; it must be YYYY-MM, e.g. 2026-03.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="510"/>
        <source>{year}年{month}月尚未开始，不能统计。</source>
        <translation>{year}-{month} has not begun yet; no report can be made for it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="511"/>
        <source>没有代码为“{code}”的处室。</source>
        <translation>There is no division with code &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="513"/>
        <source>正在统计各处室和各事项的数字…</source>
        <translation>Counting the figures by division and by matter...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="514"/>
        <source>正在写入办件明细（共 {count} 件）…</source>
        <translation>Writing the case list ({count} cases)...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="515"/>
        <source>正在写入办件明细：{done}/{count}</source>
        <translation>Writing the case list: {done}/{count}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="516"/>
        <source>正在保存文件…</source>
        <translation>Saving the file...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="518"/>
        <source>公示清单的文件名须以 .csv 或 .pdf 结尾。</source>
        <translation>The file name of the public list must end in .csv or .pdf.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="519"/>
        <source>正在读取本月办件…</source>
        <translation>Reading this month&apos;s cases...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="520"/>
        <source>正在写入公示清单（共 {count} 件）…</source>
        <translation>Writing the publication list ({count} cases)...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="521"/>
        <source>正在写入：{done}/{count}</source>
        <translation>Writing: {done}/{count}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="522"/>
        <source>正在排版 PDF…</source>
        <translation>Laying out the PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="524"/>
        <source>数据库 {database} 暂时无法连接（服务器可能正在重启或网络中断）。程序将自动重新连接，正在填写的内容已保留。连接在保存时中断，刚才的操作可能已完成也可能未完成：恢复连接后请先刷新查看，再决定是否重做。</source>
        <translation>The database {database} cannot be reached at the moment (the server may be restarting or the network may be down). The program will reconnect automatically; what you are entering has been kept. The connection broke while saving, so the last operation may or may not have been completed: once the connection is back, refresh and check first, then decide whether to do it again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="525"/>
        <source>数据库 {database} 暂时无法连接（服务器可能正在重启或网络中断）。程序将自动重新连接，正在填写的内容已保留。刚才的操作没有保存，恢复连接后请重新提交。</source>
        <translation>The database {database} cannot be reached at the moment (the server may be restarting or the network may be down). The program will reconnect automatically; what you are entering has been kept. The last operation was not saved: please submit it again once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="526"/>
        <source>数据库繁忙：其他工作站正在同时修改相同的数据，已自动重试 {attempts} 次仍未成功，本次操作没有保存。请稍候再试。</source>
        <translation>The database is busy: other workstations are changing the same data at the same time. The operation was retried automatically {attempts} time(s) without success and was not saved. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="527"/>
        <source>数据库繁忙：其他工作站正在同时修改相同的数据，本次操作没有保存。请再试一次。</source>
        <translation>The database is busy: another workstation is changing the same data at this moment. Nothing was saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="529"/>
        <source>{label}应为文字。</source>
        <translation>The {label} must be text.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="530"/>
        <source>请填写{label}。</source>
        <translation>Please fill in the {label}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="531"/>
        <source>{label}只能写一行，请删去换行。</source>
        <translation>The {label} must be a single line: please remove the line breaks.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="532"/>
        <source>{label}过长：最多 {longest} 个字，现有 {length} 个字。</source>
        <translation>The {label} is too long: at most {longest} characters are allowed, it has {length}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="533"/>
        <source>{label}“{text}”格式不正确：只能包含数字、“-”和括号，如 0731-88888888；多个号码用顿号隔开。</source>
        <translation>The {label} &quot;{text}&quot; is not in a valid format: it may contain only digits, &quot;-&quot; and brackets, e.g. 0731-88888888; separate several numbers with commas.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="534"/>
        <source>邮政编码</source>
        <translation>postal code</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="535"/>
        <source>邮政编码“{text}”应为 6 位数字，如 410000。</source>
        <translation>The postal code &quot;{text}&quot; must have 6 digits, e.g. 410000.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="536"/>
        <source>网站</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="537"/>
        <source>网站“{text}”不是有效的网址，应如 fgw.hunan.gov.cn。</source>
        <translation>The website &quot;{text}&quot; is not a valid web address; it should look like fgw.hunan.gov.cn.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="538"/>
        <source>徽标图片路径</source>
        <translation>logo image path</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="539"/>
        <source>徽标图片“{text}”应为 PNG 或 JPG 图片文件。</source>
        <translation>The logo image &quot;{text}&quot; must be a PNG or JPG image file.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="540"/>
        <source>找不到徽标图片“{text}”：请确认文件存在，且各工作站都能按这个路径读到它。</source>
        <translation>The logo image &quot;{text}&quot; cannot be found: please make sure the file exists and that every workstation can read it at this path.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="541"/>
        <source>闲置锁定时间应为整数分钟。</source>
        <translation>The idle lock time must be a whole number of minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="542"/>
        <source>闲置锁定时间“{value}”应为整数分钟。</source>
        <translation>The idle lock time &quot;{value}&quot; must be a whole number of minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="543"/>
        <source>闲置锁定时间应在 0 到 {limit} 分钟之间（0 为不锁定），不能是 {minutes}。</source>
        <translation>The idle lock time must be between 0 and {limit} minutes (0 means never lock), not {minutes}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="544"/>
        <source>机关名称</source>
        <translation>agency name</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="545"/>
        <source>机关简称（用于文书编号）</source>
        <translation>agency short name (used in document numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="546"/>
        <source>地址</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="547"/>
        <source>联系电话</source>
        <translation>contact phone number</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="548"/>
        <source>投诉电话</source>
        <translation>complaints phone number</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="549"/>
        <source>落款名称</source>
        <translation>signature name (where documents are sealed)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="550"/>
        <source>“{key}”不是可以在此修改的设置。</source>
        <translation>&quot;{key}&quot; is not a setting that can be changed here.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="552"/>
        <source>只有纪检监察人员和委领导才能查看监督情况。</source>
        <translation>Only discipline inspection staff and commission leaders can view the supervision overview.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="553"/>
        <source>兼职纪检监察员只能监督本处室的办件和事项。</source>
        <translation>A division discipline inspector can supervise only the cases and matters of their own division.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="554"/>
        <source>没有代码为“{code}”的处室，请核对处室代码。</source>
        <translation>There is no division with the code &quot;{code}&quot;. Please check the division code.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="555"/>
        <source>剩余 {days} 日</source>
        <translation>{days} day(s) left</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="557"/>
        <source>{variable} 的值“{value}”不是有效的 ISO 日期时间，例如 2026-03-02T09:30:00+08:00</source>
        <translation>The value &quot;{value}&quot; of {variable} is not a valid ISO date and time, e.g. 2026-03-02T09:30:00+08:00</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="558"/>
        <source>只有培训库才能使用 {variable} 设定当前时间；正式库一律使用系统时间，不能倒签。请取消该环境变量后重试。</source>
        <translation>Only a training database may use {variable} to set the current time; a production database always uses the system clock and cannot be backdated. Please remove this environment variable and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="560"/>
        <source>用户导入文件有 {count} 处错误，未导入任何用户：
{lines}</source>
        <translation>The user import file has {count} error(s); no users were imported:
{lines}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="561"/>
        <source>现有处室：{known}。</source>
        <translation>Existing divisions: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="562"/>
        <source>数据库中还没有处室，请先导入制度目录或新增处室。</source>
        <translation>The database has no divisions yet: please import the procedure catalogue or add a division first.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="563"/>
        <source>没有代码为“{code}”的处室。{hint}</source>
        <translation>There is no division with the code &quot;{code}&quot;. {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="564"/>
        <source>请先以系统管理员身份登录。</source>
        <translation>Please log in as a system administrator first.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="565"/>
        <source>登录名须为 2～64 个英文字母、数字或 . _ -，以字母或数字开头，例如 wangxm。</source>
        <translation>A login name must have 2 to 64 characters (Latin letters, digits or . _ -) and begin with a letter or digit, e.g. wangxm.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="566"/>
        <source>请填写姓名。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="567"/>
        <source>姓名不能超过 64 个字。</source>
        <translation>The name must not have more than 64 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="568"/>
        <source>数据库中还没有任何用户，第一个用户必须是系统管理员（角色 admin）。</source>
        <translation>The database has no users yet: the first user must be a system administrator (role admin).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="569"/>
        <source>经办人、审核人、处室负责人和兼职纪检监察员须指定所在处室。</source>
        <translation>Clerks, reviewers, division heads and part-time discipline inspectors must be assigned to a division.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="570"/>
        <source>登录名“{login}”已被使用，请换一个。</source>
        <translation>The login name &quot;{login}&quot; is already taken: please choose another.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="571"/>
        <source>这是最后一个系统管理员，不能取消其管理员角色。</source>
        <translation>This is the last system administrator: the administrator role cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="572"/>
        <source>原密码不正确。</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="573"/>
        <source>新密码不能与原密码相同。</source>
        <translation>The new password must be different from the current one.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="574"/>
        <source>不能停用自己的账户。</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="575"/>
        <source>这是最后一个系统管理员，不能停用。</source>
        <translation>This is the last system administrator and cannot be disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="576"/>
        <source>不能把自己设为自己的后备人员。</source>
        <translation>A user cannot be his or her own backup.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="577"/>
        <source>“{name}”的账户已停用，不能作为后备人员。</source>
        <translation>The account of &quot;{name}&quot; is disabled and cannot act as a backup.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="578"/>
        <source>后备人员须与“{name}”至少有一个相同的角色（{roles}）。</source>
        <translation>The backup must share at least one role with &quot;{name}&quot; ({roles}).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="579"/>
        <source>“{name}”还没有后备人员（AB岗），请先指定后备人员再设为外出。</source>
        <translation>&quot;{name}&quot; has no backup yet (A/B post arrangement): please name a backup before marking the user as away.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="580"/>
        <source>处室代码须为 2～6 个大写英文字母，例如 TZC。</source>
        <translation>A division code must have 2 to 6 capital Latin letters, e.g. TZC.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="581"/>
        <source>处室代码“{code}”已存在。</source>
        <translation>The division code &quot;{code}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="362"/>
        <source>无法识别文件编码，请另存为 UTF-8 或 GBK 编码的 CSV 文件。</source>
        <translation>The file encoding is not recognised: please save the file as CSV in UTF-8 or GBK encoding.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="361"/>
        <source>无法读取文件 {path}：{reason}。</source>
        <translation>Cannot read the file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="582"/>
        <source>导入文件是空的。</source>
        <translation>The import file is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="583"/>
        <source>表头缺少列：{columns}。</source>
        <translation>The header row is missing these columns: {columns}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="584"/>
        <source>该角色须填写所在处室。</source>
        <translation>A division must be given for this role.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="585"/>
        <source>登录名“{login}”已存在。</source>
        <translation>The login name &quot;{login}&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="586"/>
        <source>登录名“{login}”与第 {line} 行重复。</source>
        <translation>The login name &quot;{login}&quot; is the same as on line {line}.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="587"/>
        <source>后备人员“{backup}”既不在本文件中，也不是已有用户。</source>
        <translation>The backup &quot;{backup}&quot; is neither in this file nor an existing user.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="588"/>
        <source>导入文件中没有用户。</source>
        <translation>The import file contains no users.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="589"/>
        <source>用户名或密码不正确，请重新输入。</source>
        <translation>The user name or password is not correct. Please try again.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="590"/>
        <source>该账户因密码连续输错 {count} 次已被锁定，请于 {time} 后再试，或请系统管理员解锁。</source>
        <translation>This account is locked because a wrong password was entered {count} times in a row. Please try again after {time}, or ask a system administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="591"/>
        <source>密码连续输错 {count} 次，账户已锁定 {minutes} 分钟，请于 {time} 后再试，或请系统管理员解锁。</source>
        <translation>A wrong password was entered {count} time(s) in a row, so the account is locked for {minutes} minute(s). Please try again after {time}, or ask a system administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="592"/>
        <source>用户名或密码不正确，请重新输入。再输错 {left} 次，账户将被锁定 {minutes} 分钟。</source>
        <translation>The user name or password is not correct. Please try again. After {left} more wrong attempt(s) the account will be locked for {minutes} minute(s).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="593"/>
        <source>该账户已停用，请联系系统管理员。</source>
        <translation>This account is disabled. Please contact a system administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="594"/>
        <source>请写明回避事由，例如：申请单位法定代表人系本人近亲属。</source>
        <translation>Please state the reason for the recusal, e.g. the applicant&apos;s legal representative is a close relative of mine.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="595"/>
        <source>请指定回避的办件或申请人。</source>
        <translation>Please specify the case or the applicant you are recusing yourself from.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="597"/>
        <source>未知的操作“{action}”。</source>
        <translation>Unknown action &quot;{action}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="598"/>
        <source>补正告知只能在受理前作出。</source>
        <translation>A supplement notice can only be issued before acceptance.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="599"/>
        <source>本件已作过一次性补正告知，不得再次要求补正（一次性告知制度）。</source>
        <translation>A one-time supplement notice has already been issued for this case; the applicant may not be asked to supplement again (one-time notification rule).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="600"/>
        <source>依职权事项不经受理环节。</source>
        <translation>Ex officio matters have no acceptance step.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="601"/>
        <source>本件已作出受理决定。</source>
        <translation>The acceptance decision on this case has already been made.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="602"/>
        <source>请先作出受理或不予受理决定。</source>
        <translation>Please first decide whether to accept the application.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="603"/>
        <source>本件正在暂停计时，请先恢复计时。</source>
        <translation>The clock of this case is suspended; please resume it first.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="604"/>
        <source>本件已处于暂停计时状态。</source>
        <translation>The clock of this case is already suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="605"/>
        <source>当前环节不计入办理时限，计时已暂停。</source>
        <translation>The current step does not count toward the time limit; the clock is already suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="606"/>
        <source>受理后才开始计时，暂无可暂停的时限。</source>
        <translation>The clock starts only on acceptance; there is no running time limit to suspend yet.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="607"/>
        <source>“{step}”环节不计入办理时限，该环节办完后自动恢复计时。</source>
        <translation>Step &quot;{step}&quot; does not count toward the time limit; the clock resumes automatically when the step is completed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="608"/>
        <source>本件没有暂停计时。</source>
        <translation>The clock of this case is not suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="609"/>
        <source>只有办理中的件才能延期。</source>
        <translation>Only a case being handled can be extended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="610"/>
        <source>本事项的制度不允许延长办理期限。</source>
        <translation>The rules of this matter do not allow the time limit to be extended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="611"/>
        <source>本件已用完 {days} 天的延期额度。</source>
        <translation>This case has used up its extension allowance of {days} day(s).</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="612"/>
        <source>只有已办结的件才能归档。</source>
        <translation>Only a completed case can be archived.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="613"/>
        <source>这是最后一个环节，请选择“办结（准予）”或“办结（不予批准）”。</source>
        <translation>This is the last step; please choose &quot;Complete (approve)&quot; or &quot;Complete (not approve)&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="614"/>
        <source>“{step}”环节不能直接通过。</source>
        <translation>Step &quot;{step}&quot; cannot simply be passed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="615"/>
        <source>还有后续环节未办理，不能办结。</source>
        <translation>Later steps have not been handled yet, so the case cannot be completed.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="616"/>
        <source>“{step}”环节不能作出准予决定。</source>
        <translation>Step &quot;{step}&quot; cannot make a decision to approve.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="617"/>
        <source>“{step}”环节不能作出不予批准决定。</source>
        <translation>Step &quot;{step}&quot; cannot make a decision not to approve.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="618"/>
        <source>“{step}”环节不能退回。</source>
        <translation>Step &quot;{step}&quot; cannot return the case.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="619"/>
        <source>本件已不予受理，办理已终结。</source>
        <translation>This application was not accepted; handling has ended.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="620"/>
        <source>本件已办结，只能归档。</source>
        <translation>This case is completed; it can only be archived.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="621"/>
        <source>本件已归档。</source>
        <translation>This case has been archived.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="622"/>
        <source>本件已撤回。</source>
        <translation>This case has been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="623"/>
        <source>本件已不在办理中。</source>
        <translation>This case is no longer being handled.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="625"/>
        <source>数据库结构版本 {revision} 比本程序新（本程序为 {head}）：该数据库已由较新版本的阳光办件升级，请先升级本机的阳光办件，再连接该数据库。</source>
        <translation>The database schema version {revision} is newer than this program&apos;s ({head}): the database has been upgraded by a newer version of Sunlight. Please upgrade Sunlight on this computer first, then connect to the database.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="626"/>
        <source>数据库结构版本为 {revision}，本程序需要 {head}，请先运行 sunlight db upgrade。</source>
        <translation>The database schema version is {revision}, but this program needs {head}. Please run sunlight db upgrade first.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="496"/>
        <source>空</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="628"/>
        <source>数据库文件 {path} 位于网络共享磁盘上。单机版数据库（SQLite）必须放在本机磁盘上：网络磁盘不能可靠地支持其写前日志（WAL）和文件锁，多台电脑同时使用可能损坏数据。请把数据库移到本机磁盘；多个处室共用时请改用 PostgreSQL 数据库服务器。</source>
        <translation>The database file {path} is on a network share. A single-desk database (SQLite) must be on a local disk: network drives cannot reliably support its write-ahead log (WAL) and file locks, and several computers using it at once may corrupt the data. Please move the database to a local disk; where several divisions share one database, use a PostgreSQL database server instead.</translation>
    </message>
</context>
<context>
    <name>DomainStatus</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="240"/>
        <source>已接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="241"/>
        <source>补正中</source>
        <translation>Supplementing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="242"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="243"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="244"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="245"/>
        <source>暂停计时</source>
        <translation>Clock suspended</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="246"/>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="247"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="248"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="250"/>
        <source>未开始计时</source>
        <translation>Clock not started</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="251"/>
        <source>计时中</source>
        <translation>Clock running</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="252"/>
        <source>已停止计时</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="254"/>
        <source>待回复</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="255"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="256"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="257"/>
        <source>已处理</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="258"/>
        <source>不予追究</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="260"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="261"/>
        <source>外出</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="262"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="263"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="38"/>
        <source>登记社会监督员意见</source>
        <translation>Register social supervisor feedback</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="41"/>
        <source>答复社会监督员意见</source>
        <translation>Reply to social supervisor feedback</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="48"/>
        <source>反映意见的社会监督员</source>
        <translation>The social supervisor who gave the feedback</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="49"/>
        <source>社会监督员</source>
        <translation>Social supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="51"/>
        <source>（未作评价）</source>
        <translation>(no rating)</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="54"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="58"/>
        <source>社会监督员反映的意见、建议或问题</source>
        <translation>The opinions, suggestions or problems the social supervisor raised</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="60"/>
        <source>意见内容</source>
        <translation>Feedback</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/feedback_dialog.py" line="64"/>
        <source>登记后应在%n个工作日内答复社会监督员（社会监督员制度）。</source>
        <translation>
            <numerusform>The social supervisor must get a reply within %n working day of registration (social supervisor rules).</numerusform>
            <numerusform>The social supervisor must get a reply within %n working days of registration (social supervisor rules).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="69"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="70"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="78"/>
        <source>第 %1 号意见&#x3000;社会监督员：%2&#x3000;收到：%3
涉及：%4&#x3000;评价：%5&#x3000;答复期限：%6
意见内容：%7</source>
        <translation>Feedback no. %1; social supervisor: %2; received: %3
Concerns: %4; rating: %5; reply due: %6
Feedback: %7</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="94"/>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="96"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="98"/>
        <source>答复</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="103"/>
        <source>已于 %1 答复。</source>
        <translation>Replied on %1.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/action_dialog.py" line="83"/>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="89"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="128"/>
        <source>首次使用 — 创建系统管理员</source>
        <translation>First use — create the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="131"/>
        <source>这个数据库还没有任何用户。请先创建系统管理员账户；系统管理员负责用户、制度目录、工作日历和系统设置，不办理办件。</source>
        <translation>This database has no users yet. First create the system administrator account; the administrator manages users, the catalogue, the working calendar and settings, and does not handle cases.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="138"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="140"/>
        <source>至少 8 位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, from two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="144"/>
        <source>登录名 *：</source>
        <translation>Login *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="145"/>
        <source>姓名 *：</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="146"/>
        <source>密码 *：</source>
        <translation>Password *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="147"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="148"/>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="148"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="154"/>
        <source>两次输入的密码不一致，请重新输入确认密码。</source>
        <translation>The passwords do not match; please re-enter the confirmation.</translation>
    </message>
</context>
<context>
    <name>FlowChartView</name>
    <message>
        <location filename="../../ui/flowchart_view.py" line="151"/>
        <source>本制度没有办理环节，无流程图。</source>
        <translation>This regulation has no steps, so there is no flow chart.</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="157"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="157"/>
        <source>放大（Ctrl+滚轮）</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="158"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="158"/>
        <source>缩小（Ctrl+滚轮）</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="159"/>
        <source>原始大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="159"/>
        <source>按 100% 显示</source>
        <translation>Show at 100%</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="160"/>
        <source>适合窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="160"/>
        <source>整张图缩放到窗口内</source>
        <translation>Scale the whole chart to the window</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="168"/>
        <source>导出PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="170"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="247"/>
        <source>工作流程图 %1</source>
        <translation>Flow chart %1</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="248"/>
        <source>阳光办件</source>
        <translation>Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="260"/>
        <source>导出流程图为PNG</source>
        <translation>Export flow chart as PNG</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="260"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="263"/>
        <source>导出流程图为PDF</source>
        <translation>Export flow chart as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="263"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="269"/>
        <source>%1 工作流程图</source>
        <translation>%1 flow chart</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="108"/>
        <source>界面已锁定</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="23"/>
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="84"/>
        <source>登录 — 阳光办件</source>
        <translation>Sign in — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="86"/>
        <source>登录名，例如 wangxm</source>
        <translation>Login, e.g. wangxm</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="90"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="92"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="92"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="93"/>
        <source>阳光办件 — 规范权力运行办件系统</source>
        <translation>Sunlight — regulated power operation</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="98"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>请输入用户名。</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="109"/>
        <source>请输入密码。</source>
        <translation>Please enter your password.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/main.py" line="51"/>
        <source>阳光办件</source>
        <translation>Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="83"/>
        <source>未登录</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="128"/>
        <source>无法保存截图到 %1，请检查路径和写入权限。</source>
        <translation>Could not save the screenshot to %1. Please check the path and write permissions.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>阳光办件 — 规范权力运行办件系统</source>
        <translation>Sunlight — regulated power operation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>我的待办</source>
        <translation>My to-do</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>制度</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>管理</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>培训库：本库数据仅供培训演示，不是正式办件，不具法律效力。</source>
        <translation>Training database: demonstration data only, not real cases, no legal effect.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>登记新办件(&amp;N)…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>登记新办件（Ctrl+N）</source>
        <translation>Register a new case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>登记集体决策会议(&amp;M)…</source>
        <translation>Register collective decision &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>校验审计日志(&amp;A)…</source>
        <translation>Check the &amp;audit trail…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>报表(&amp;B)</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>月度统计报表(&amp;M)…</source>
        <translation>&amp;Monthly report…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>办件公示清单（政务公开）(&amp;P)…</source>
        <translation>Case &amp;publication list (open government)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>关于阳光办件(&amp;A)</source>
        <translation>&amp;About Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>【培训库】</source>
        <translation>[Training]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>连接中断前的登记已经保存：%1，没有重复登记。</source>
        <translation>The registration was saved before the connection broke: %1. It was not registered twice.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>已登记办件 %1</source>
        <translation>Case %1 registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="549"/>
        <source>不能打开办件</source>
        <translation>Cannot open the case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569"/>
        <source>监督台选出的办件</source>
        <translation>Cases chosen on the supervision dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>与数据库的连接已中断。正在填写的内容都已保留；程序会自动重新连接，恢复后自动刷新。连接恢复前暂时不能保存。</source>
        <translation>The connection to the database was lost. Everything you are filling in is kept; Sunlight reconnects by itself and refreshes once the connection is back. Until then nothing can be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598"/>
        <source>数据库连接已恢复，数据已重新载入。</source>
        <translation>The database connection is back; the data has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>关于阳光办件</source>
        <translation>About Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="717"/>
        <source>阳光办件 %1
规范权力运行办件系统：受理、办理、时限、监督、报表。</source>
        <translation>Sunlight %1
Case handling for regulated power operation: acceptance, handling, time limits, supervision, reports.</translation>
    </message>
</context>
<context>
    <name>MaterialsEditor</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="216"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="217"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="218"/>
        <source>收取情况</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="219"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="220"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="248"/>
        <source>（必备）</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="248"/>
        <source>（可选）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="256"/>
        <source>%1 收取情况</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="261"/>
        <source>%1 份数</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="263"/>
        <source>如：缺少盖章页</source>
        <translation>e.g. the sealed page is missing</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="264"/>
        <source>%1 备注</source>
        <translation>%1 note</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="75"/>
        <source>集体决策会议</source>
        <translation>Collective decision meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="93"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="94"/>
        <source>登记会议</source>
        <translation>Register meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="97"/>
        <source>打印会议记录…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="119"/>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="124"/>
        <source>会议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="126"/>
        <source>可不填，默认为“会议类型（日期）”</source>
        <translation>Optional; defaults to “meeting type (date)”</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="127"/>
        <source>会议名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="130"/>
        <location filename="../../ui/meeting_dialog.py" line="137"/>
        <location filename="../../ui/meeting_dialog.py" line="381"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="131"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="133"/>
        <source>应到会人员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="133"/>
        <source>到会</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="133"/>
        <source>缺席原因</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="156"/>
        <source>应到会人员（勾选）</source>
        <translation>Members (tick)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="157"/>
        <source>议题</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="162"/>
        <source>其他记录</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="171"/>
        <source>议题名称</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="171"/>
        <source>涉及办件编号（可不填）</source>
        <translation>Case number (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="171"/>
        <source>人事事项</source>
        <translation>Personnel matter</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="173"/>
        <source>人事事项须三分之二以上应到会人员到会</source>
        <translation>A personnel matter needs at least two thirds of the members present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="184"/>
        <source>添加议题</source>
        <translation>Add topic</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="187"/>
        <source>删除所选议题</source>
        <translation>Remove selected topic</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="202"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="217"/>
        <source>研究办件 %1 的办理意见</source>
        <translation>Decision on case %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="278"/>
        <source>议题：</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="290"/>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="290"/>
        <source>参会人员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="290"/>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="290"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="303"/>
        <source>不同意或缓议须说明理由</source>
        <translation>A reason is required for disagreement or deferral</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="304"/>
        <source>登记意见</source>
        <translation>Record opinion</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="309"/>
        <source>参会人员逐一表态，主持人最后表态（末位表态）。</source>
        <translation>Members state their opinions one by one; the chair speaks last.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="316"/>
        <source>会议决定的内容</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="317"/>
        <source>登记决定</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="319"/>
        <source>会议决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="325"/>
        <source>第 %1 项：%2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="327"/>
        <source>（办件 %1）</source>
        <translation> (case %1)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="328"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="340"/>
        <source>%1（%2）&#x3000;主持人：%3
%4</source>
        <translation>%1 (%2); chair: %3
%4</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="368"/>
        <source>决定：%1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="370"/>
        <source>，%1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="372"/>
        <source>不同意见：%1</source>
        <translation>Dissent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="372"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="376"/>
        <source>%1（主持人）</source>
        <translation>%1 (chair)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="459"/>
        <source>打印会议记录</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="463"/>
        <source>保存会议记录</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="464"/>
        <source>会议记录-%1.pdf</source>
        <translation>Minutes-%1.pdf</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../ui/calendar_view.py" line="54"/>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="55"/>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="56"/>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="57"/>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="58"/>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="59"/>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="60"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="64"/>
        <source>休</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="64"/>
        <source>班</source>
        <translation>W</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="32"/>
        <source>月度统计报表（Excel）</source>
        <translation>Monthly report (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="33"/>
        <source>办件公示清单（CSV）</source>
        <translation>Case publication list (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="34"/>
        <source>办件公示清单（PDF）</source>
        <translation>Case publication list (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="72"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="78"/>
        <source>yyyy年M月</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="86"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="93"/>
        <source>报表类型：</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="94"/>
        <source>统计月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="95"/>
        <source>处室：</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="96"/>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="101"/>
        <source>选择月份后点击“生成”。口径见报表中的“指标说明”。</source>
        <translation>Choose the month, then click “Generate”. The report’s “指标说明” sheet defines each figure.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="104"/>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="107"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="111"/>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="112"/>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="117"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="145"/>
        <source>全部处室</source>
        <translation>All divisions</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="161"/>
        <source>月度统计报表</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="161"/>
        <source>办件公示清单</source>
        <translation>Case publication list</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="170"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="182"/>
        <source>请选择保存位置。</source>
        <translation>Please choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="190"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report_dialog.py" line="199"/>
        <source>已生成 %1 月度统计报表，办件明细 %n 件。</source>
        <translation>
            <numerusform>Monthly report for %1 generated; %n case in the detail list.</numerusform>
            <numerusform>Monthly report for %1 generated; %n cases in the detail list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report_dialog.py" line="201"/>
        <source>已生成 %1 办件公示清单，共 %n 件。</source>
        <translation>
            <numerusform>Case publication list for %1 generated; %n case.</numerusform>
            <numerusform>Case publication list for %1 generated; %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="192"/>
        <source>未能生成：%1</source>
        <translation>Could not generate: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="193"/>
        <source>已取消，未保存文件。</source>
        <translation>Cancelled; no file was saved.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/notice_dialog.py" line="38"/>
        <source>打印督办通知书</source>
        <translation>Print supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="43"/>
        <source>保存督办通知书</source>
        <translation>Save supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="44"/>
        <source>督办通知书-%1.pdf</source>
        <translation>Supervision-notice-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="63"/>
        <source>发出督办通知</source>
        <translation>Send supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="65"/>
        <source>办件编号，多件以顿号或逗号分隔</source>
        <translation>Case numbers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="66"/>
        <source>督办办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="68"/>
        <source>如：办件已亮红牌，超过法定时限未办结</source>
        <translation>e.g. red card: past the statutory limit and not completed</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="69"/>
        <source>督办事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="72"/>
        <source>整改要求</source>
        <translation>Required action</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="73"/>
        <source>承办处室应自收到之日起5个工作日内书面回复（效能监察办法第五条）。</source>
        <translation>The division replies in writing within 5 working days of receipt (efficiency supervision rules, art. 5).</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="77"/>
        <source>发出</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="80"/>
        <source>督办通知</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="86"/>
        <source>%1&#x3000;致%2
督办事项：%3
涉及办件：%4
整改要求：%5
回复期限：%6（%7）</source>
        <translation>%1 to %2
Subject: %3
Cases concerned: %4
Required action: %5
Reply due: %6 (%7)</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="90"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="102"/>
        <source>办理和整改情况</source>
        <translation>Handling and corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="104"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="107"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../ui/first_run.py" line="325"/>
        <source>数据库密码 — 阳光办件</source>
        <translation>Database password — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="327"/>
        <source>请输入数据库用户“%1”在服务器 %2 上的密码：</source>
        <translation>Password of database user &quot;%1&quot; on server %2:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="336"/>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="336"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../ui/user_admin.py" line="253"/>
        <source>重设密码 — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="260"/>
        <source>新密码 *：</source>
        <translation>New password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="261"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="265"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="266"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="276"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="278"/>
        <source>打印预览 — %1 %2</source>
        <translation>Print preview — %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="292"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="294"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="295"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="330"/>
        <source>样张：打印或保存时登记并生成验证码。</source>
        <translation>Specimen: printing or saving records the document and gives it a verification code. </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_preview.py" line="333"/>
        <source>本文书已打印过 %n 次，再次打印将标注“补打”，内容与第一次打印时相同。</source>
        <translation>
            <numerusform>This document has been printed once; a new print is marked “补打” (reprint) and has the same content as the first.</numerusform>
            <numerusform>This document has been printed %n times; a new print is marked “补打” (reprint) and has the same content as the first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="370"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="377"/>
        <source>已登记打印（补打第%1次），文书编号 %2，验证码 %3。</source>
        <translation>Printing recorded (reprint no. %1), document number %2, verification code %3.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="384"/>
        <source>已登记打印，文书编号 %1，验证码 %2。</source>
        <translation>Printing recorded, document number %1, verification code %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="405"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="416"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="416"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="340"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="165"/>
        <source>承诺时限 %1</source>
        <translation>Promised limit %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="171"/>
        <source>法定时限 %1</source>
        <translation>Statutory limit %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="177"/>
        <source>受理处室：%1</source>
        <translation>Accepting division: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="326"/>
        <source>登记新办件</source>
        <translation>Register new case</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="334"/>
        <source>输入事项编号、名称或拼音首字母查找，↓ 选择，回车确认</source>
        <translation>Find a matter by code, name or pinyin initials; ↓ to choose, Enter to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="344"/>
        <source>选定事项后，下方列出该事项的申请材料清单。</source>
        <translation>Once a matter is chosen, its list of application materials appears below.</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="352"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="360"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="365"/>
        <source>申请人名称</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="370"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="374"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="376"/>
        <source>手机或带区号的固定电话，如 0731-82212041</source>
        <translation>Mobile, or landline with area code, e.g. 0731-82212041</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="378"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="380"/>
        <source>通讯地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="383"/>
        <source>项目名称或申请事由</source>
        <translation>Project name or subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="384"/>
        <source>项目名称/事由</source>
        <translation>Project / subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="387"/>
        <source>申请材料</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="394"/>
        <source>保存登记</source>
        <translation>Save registration</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="396"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="400"/>
        <source>带 * 的为必填项。接收时间记为保存时刻，登记人为当前用户（首问负责）。</source>
        <translation>Fields marked * are required. The time received is when you save; you are recorded as the registering officer (first-contact responsibility).</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="409"/>
        <source>您没有可登记的事项：只有经办人可以登记本处室受理的依申请或依职权事项。</source>
        <translation>You have no matter to register: only handlers may register matters their division accepts.</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="480"/>
        <source>没有唯一匹配的事项，请从列表中选择（可输入编号、名称或拼音首字母）。</source>
        <translation>No single matter matches; choose one from the list (code, name or pinyin initials).</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="522"/>
        <source>公民身份号码：</source>
        <translation>Citizen ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="522"/>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="525"/>
        <source>18位</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="525"/>
        <source>，末位可为X</source>
        <translation>, the last may be X</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="527"/>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="527"/>
        <source>单位全称，与营业执照或登记证书一致</source>
        <translation>Full name of the organisation, as on its business licence or registration certificate</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="575"/>
        <source>请选择办理事项（可输入编号、名称或拼音首字母查找）。</source>
        <translation>Choose the matter (find it by code, name or pinyin initials).</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/action_dialog.py" line="210"/>
        <source>如涉及具体办件，填写办件编号</source>
        <translation>Case number, if a particular case is concerned</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="211"/>
        <source>涉及办件</source>
        <translation>Case concerned</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="214"/>
        <source>（按办件确定，或未涉及具体处室）</source>
        <translation>(from the case, or no particular division)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="220"/>
        <source>涉及处室</source>
        <translation>Division concerned</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>机关简称 *：</source>
        <translation>Short name *:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>落款名称：</source>
        <translation>Name on the seal:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="48"/>
        <source>徽标图片：</source>
        <translation>Logo image:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>设置 — 阳光办件</source>
        <translation>Settings — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>机关与文书</source>
        <translation>Agency and documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>办件规则</source>
        <translation>Case rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>更改语言后，重新启动阳光办件时生效。</source>
        <translation>A new language takes effect when Sunlight is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>%1（当前不可用）</source>
        <translation>%1 (not available now)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>默认打印机：</source>
        <translation>Default printer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>打印前先显示预览</source>
        <translation>Show a preview before printing</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>默认份数：</source>
        <translation>Default copies:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>双面打印</source>
        <translation>Print on both sides</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>当前连接：%1</source>
        <translation>Current connection: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="135"/>
        <source>更改数据库连接后，重新启动阳光办件时生效。保存前请先点击“测试连接”。</source>
        <translation>A new database connection takes effect when Sunlight is restarted. Test the connection before saving.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>剩余不超过 %n 个工作日或已用时限达到 %2% 时亮黄牌；超过承诺时限亮%3；超过法定时限一律亮红牌。</source>
        <translation>
            <numerusform>Yellow card at %n working day or fewer left, or %2% of the limit used; past the promised limit: %3; past the statutory limit: always red card.</numerusform>
            <numerusform>Yellow card at %n working days or fewer left, or %2% of the limit used; past the promised limit: %3; past the statutory limit: always red card.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>机关名称 *：</source>
        <translation>Agency name *:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>邮政编码：</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>网站：</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>投诉电话：</source>
        <translation>Complaint phone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>PNG 或 JPG 文件，各工作站须能按此路径读取；可不填</source>
        <translation>A PNG or JPG file every workstation can read at this path; optional</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>闲置锁定：</source>
        <translation>Lock when idle:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>红牌</source>
        <translation>red card</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>黄牌</source>
        <translation>yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="187"/>
        <source>黄牌红牌默认规则：</source>
        <translation>Default card rules:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="190"/>
        <source>默认规则在制度目录 BZ-03《限时办结制度》的参数中维护，各事项可另行规定；修改请导入新版本制度目录。</source>
        <translation>The default rules are kept in catalogue regulation BZ-03 (time-limited completion); matters may set their own. To change them, import a new catalogue version.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="200"/>
        <source>这些设置对全单位有效，只有系统管理员可以修改。</source>
        <translation>These settings apply to the whole agency; only an administrator can change them.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="244"/>
        <source>新的数据库连接无法使用，未保存。请修改后重新测试连接。</source>
        <translation>The new database connection does not work and was not saved. Correct it and test again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="261"/>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="262"/>
        <source>语言或数据库连接的更改将在重新启动阳光办件后生效。</source>
        <translation>Changes to the language or the database connection take effect when Sunlight is restarted.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>机关名称 *：</source>
        <translation>Agency name *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>机关简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="48"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="49"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="50"/>
        <source>投诉电话：</source>
        <translation>Complaint phone:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="266"/>
        <source>首次设置 — 阳光办件</source>
        <translation>First-time setup — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="272"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="273"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="274"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="275"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SupervisionDashboard</name>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="169"/>
        <source>监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="180"/>
        <source>登记投诉…</source>
        <translation>Register complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="182"/>
        <source>发出督办…</source>
        <translation>Send supervision notice…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="184"/>
        <source>登记会议…</source>
        <translation>Register meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="198"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="214"/>
        <source>双击数字查看该处室的办件</source>
        <translation>Double-click a number to see that division&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="217"/>
        <source>各处室</source>
        <translation>By division</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="57"/>
        <location filename="../../ui/supervision_dashboard.py" line="70"/>
        <location filename="../../ui/supervision_dashboard.py" line="222"/>
        <source>黄牌</source>
        <translation>Yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="58"/>
        <location filename="../../ui/supervision_dashboard.py" line="71"/>
        <location filename="../../ui/supervision_dashboard.py" line="223"/>
        <source>红牌</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="59"/>
        <location filename="../../ui/supervision_dashboard.py" line="237"/>
        <source>暂停超期</source>
        <translation>Suspensions
overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="73"/>
        <location filename="../../ui/supervision_dashboard.py" line="238"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="239"/>
        <source>督办通知</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="75"/>
        <location filename="../../ui/supervision_dashboard.py" line="240"/>
        <source>责任追究</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="55"/>
        <location filename="../../ui/supervision_dashboard.py" line="68"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="56"/>
        <location filename="../../ui/supervision_dashboard.py" line="69"/>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="60"/>
        <source>本月不予受理</source>
        <translation>Not accepted
this month</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="61"/>
        <source>投诉办理中</source>
        <translation>Open
complaints</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="62"/>
        <location filename="../../ui/supervision_dashboard.py" line="74"/>
        <source>督办待回复</source>
        <translation>Notices
awaiting reply</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="63"/>
        <source>责任追究待处理</source>
        <translation>Accountability
pending</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="67"/>
        <location filename="../../ui/supervision_dashboard.py" line="83"/>
        <location filename="../../ui/supervision_dashboard.py" line="227"/>
        <location filename="../../ui/supervision_dashboard.py" line="266"/>
        <location filename="../../ui/supervision_dashboard.py" line="290"/>
        <source>处室</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="72"/>
        <source>未计时</source>
        <translation>Clock not started</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="76"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="77"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="78"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="79"/>
        <source>社会监督意见</source>
        <translation>Social supervisor feedback</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="82"/>
        <location filename="../../ui/supervision_dashboard.py" line="226"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="84"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="85"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="86"/>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="87"/>
        <source>法定期限</source>
        <translation>Statutory due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="88"/>
        <location filename="../../ui/supervision_dashboard.py" line="270"/>
        <location filename="../../ui/supervision_dashboard.py" line="296"/>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="187"/>
        <source>只有纪检监察人员才能登记投诉。</source>
        <translation>Only supervision staff can register complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="188"/>
        <source>只有纪检监察人员才能发出督办通知。</source>
        <translation>Only supervision staff can send supervision notices.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="192"/>
        <source>会议记录由委领导或承办处室登记。</source>
        <translation>Meetings are registered by commission leaders or the handling division.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="228"/>
        <source>暂停事由</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="229"/>
        <source>暂停起始</source>
        <translation>Suspended since</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="230"/>
        <source>已暂停</source>
        <translation>Suspended for</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="231"/>
        <source>上限</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="241"/>
        <location filename="../../ui/supervision_dashboard.py" line="721"/>
        <source>社会监督员意见</source>
        <translation>Social supervisor feedback</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="262"/>
        <location filename="../../ui/supervision_dashboard.py" line="317"/>
        <location filename="../../ui/supervision_dashboard.py" line="346"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="263"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="264"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="265"/>
        <location filename="../../ui/supervision_dashboard.py" line="292"/>
        <source>涉及办件</source>
        <translation>Case concerned</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="267"/>
        <location filename="../../ui/supervision_dashboard.py" line="350"/>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="268"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="269"/>
        <location filename="../../ui/supervision_dashboard.py" line="295"/>
        <location filename="../../ui/supervision_dashboard.py" line="323"/>
        <location filename="../../ui/supervision_dashboard.py" line="352"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="276"/>
        <source>调查与办结…</source>
        <translation>Investigate and close…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="289"/>
        <source>文号</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="291"/>
        <source>督办事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="293"/>
        <source>发出日期</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="294"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="303"/>
        <source>查看…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="305"/>
        <source>打印督办通知书…</source>
        <translation>Print supervision notice…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="318"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="319"/>
        <source>违规类型</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="320"/>
        <source>办件/处室</source>
        <translation>Case / division</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="321"/>
        <source>责任人</source>
        <translation>Persons responsible</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="322"/>
        <source>生成日期</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="324"/>
        <source>处理</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="330"/>
        <source>不予追究…</source>
        <translation>Do not pursue…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="332"/>
        <source>须书面写明理由，记入审计日志</source>
        <translation>A written reason is required; it goes to the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="347"/>
        <source>社会监督员</source>
        <translation>Social supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="348"/>
        <source>涉及办件/处室</source>
        <translation>Case / division concerned</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="349"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="351"/>
        <source>答复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="353"/>
        <source>意见内容</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="360"/>
        <source>登记意见…</source>
        <translation>Register feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="361"/>
        <source>查看与答复…</source>
        <translation>View and reply…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="365"/>
        <source>社会监督员意见由纪检监察人员登记和答复。</source>
        <translation>Social supervisor feedback is registered and answered by supervision staff.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="417"/>
        <source>范围：全委各处室</source>
        <translation>Scope: all divisions</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="420"/>
        <source>范围：%1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="422"/>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="436"/>
        <source>超期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="439"/>
        <source>逾期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="464"/>
        <source>黄牌（%1）</source>
        <translation>Yellow (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="465"/>
        <source>红牌（%1）</source>
        <translation>Red (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="466"/>
        <source>暂停超期（%1）</source>
        <translation>Suspensions overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="467"/>
        <source>投诉（%1）</source>
        <translation>Complaints (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="468"/>
        <source>督办通知（%1）</source>
        <translation>Supervision notices (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="469"/>
        <source>责任追究（%1）</source>
        <translation>Accountability (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="471"/>
        <source>社会监督员意见（%1）</source>
        <translation>Social supervisor feedback (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="472"/>
        <source>当前范围内没有在办事项。</source>
        <translation>Nothing open in this scope.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="497"/>
        <source>双击查看这些办件</source>
        <translation>Double-click to see these cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="503"/>
        <source> · 暂停</source>
        <translation> · suspended</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="532"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="549"/>
        <location filename="../../ui/supervision_dashboard.py" line="575"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="575"/>
        <source>待定</source>
        <translation>To be determined</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="590"/>
        <source>满意率 %1%</source>
        <translation>%1% satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="592"/>
        <source>尚无评价</source>
        <translation>no ratings yet</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="596"/>
        <source>本月办结评价：满意 %1 件，基本满意 %2 件，不满意 %3 件（%4）；本月收到社会监督员意见 %5 条。各处室的情况见“各处室”页。</source>
        <translation>Ratings of cases completed this month: %1 satisfied, %2 fairly satisfied, %3 dissatisfied (%4). Social supervisor feedback received this month: %5. See the “By division” tab for each division.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="613"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="615"/>
        <source>逾期未答复</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="617"/>
        <source>待答复</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="632"/>
        <source>答复：%1</source>
        <translation>Reply: %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="697"/>
        <source>打印督办通知书</source>
        <translation>Print supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="697"/>
        <source>请先在列表中选择一份督办通知。</source>
        <translation>Choose a supervision notice in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="721"/>
        <source>请先在列表中选择一条社会监督员意见。</source>
        <translation>Choose a feedback entry in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="734"/>
        <location filename="../../ui/supervision_dashboard.py" line="739"/>
        <location filename="../../ui/supervision_dashboard.py" line="750"/>
        <source>不予追究</source>
        <translation>Do not pursue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="734"/>
        <source>请先在列表中选择一个责任追究事项。</source>
        <translation>Choose an accountability item in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="740"/>
        <source>第 %1 号事项（%2）不予追究的理由（必填，记入审计日志）：</source>
        <translation>Reason for not pursuing item %1 (%2) (required, goes to the audit trail):</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/workers.py" line="200"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message numerus="yes">
        <location filename="../../ui/supervision_dashboard.py" line="142"/>
        <source>%1：%n 件，点击查看办件列表</source>
        <translation>
            <numerusform>%1: %n case; click to see the list</numerusform>
            <numerusform>%1: %n cases; click to see the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <location filename="../../ui/todo_page.py" line="40"/>
        <source>我的待办</source>
        <translation>My to-do</translation>
    </message>
    <message>
        <location filename="../../ui/todo_page.py" line="47"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/todo_page.py" line="55"/>
        <source>没有待办事项</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location filename="../../ui/todo_page.py" line="60"/>
        <source>需要您办理的办件（含您作为AB岗后备人员代办的）会显示在这里。</source>
        <translation>Cases waiting for you (including those you handle as an A/B backup) appear here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/todo_page.py" line="119"/>
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/todo_page.py" line="121"/>
        <source>红牌 %n 件</source>
        <translation>
            <numerusform>%n red card</numerusform>
            <numerusform>%n red cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/todo_page.py" line="124"/>
        <source>黄牌 %n 件</source>
        <translation>
            <numerusform>%n yellow card</numerusform>
            <numerusform>%n yellow cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/todo_page.py" line="126"/>
        <source>（今日新亮 %n 件）</source>
        <translation>
            <numerusform>(%n new today)</numerusform>
            <numerusform>(%n new today)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="34"/>
        <source>界面已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="36"/>
        <source>长时间未操作，界面已锁定。%1（%2），请输入密码解锁。</source>
        <translation>Locked after a period without activity. %1 (%2), enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="44"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="45"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="45"/>
        <source>退出程序</source>
        <translation>Quit Sunlight</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="347"/>
        <source>数据库需要升级 — 阳光办件</source>
        <translation>Database upgrade needed — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="352"/>
        <source>升级后，仍在使用旧版本阳光办件的工作站将不能再写入该数据库，请先为所有工作站安装新版本。升级前请确认已备份数据库。只有系统管理员可以执行升级：请输入系统管理员的登录名和密码。</source>
        <translation>After the upgrade, desks still running an older Sunlight can no longer write to this database: install the new version on every desk first. Make sure the database is backed up. Only a system administrator may upgrade: enter an administrator&apos;s login and password.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="361"/>
        <source>管理员登录名：</source>
        <translation>Administrator login:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="362"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="363"/>
        <source>升级数据库</source>
        <translation>Upgrade database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="363"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="367"/>
        <source>登录名或密码不正确，或该用户不是系统管理员。</source>
        <translation>Wrong login or password, or the user is not an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="371"/>
        <source>正在升级数据库，请稍候…</source>
        <translation>Upgrading the database, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="377"/>
        <source>升级失败：%1</source>
        <translation>Upgrade failed: %1</translation>
    </message>
</context>
<context>
    <name>UserAdminWidget</name>
    <message>
        <location filename="../../ui/user_admin.py" line="306"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="307"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="308"/>
        <location filename="../../ui/user_admin.py" line="362"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="309"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="310"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="311"/>
        <source>批量导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="314"/>
        <source>从 CSV 文件导入用户：登录名,姓名,处室,角色,初始密码[,后备人员]（可用 Excel 或 WPS 另存）</source>
        <translation>Import users from a CSV file: login, name, division, roles, initial password[, backup] (may be saved from Excel or WPS)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="362"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/user_admin.py" line="366"/>
        <source>共 %n 个用户，在用 %2 个</source>
        <translation>
            <numerusform>%n user, %2 active</numerusform>
            <numerusform>%n users, %2 active</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="394"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="404"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="405"/>
        <source>停用后“%1”将不能登录，其办理记录保留。确定停用吗？</source>
        <translation>&quot;%1&quot; will no longer be able to sign in; their records are kept. Disable?</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="421"/>
        <location filename="../../ui/user_admin.py" line="433"/>
        <location filename="../../ui/user_admin.py" line="437"/>
        <source>批量导入用户</source>
        <translation>Import users</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="421"/>
        <source>CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/user_admin.py" line="436"/>
        <source>已导入 %n 个用户，请通知他们首次登录后修改密码。</source>
        <translation>
            <numerusform>%n user imported. Ask them to change their password when they first sign in.</numerusform>
            <numerusform>%n users imported. Ask them to change their password when they first sign in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/user_admin.py" line="122"/>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="122"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="125"/>
        <source>英文字母、数字，例如 wangxm</source>
        <translation>Letters and digits, e.g. wangxm</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="128"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="147"/>
        <source>至少 8 位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, from two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="151"/>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="155"/>
        <source>外出（由后备人员代为办理其办件）</source>
        <translation>Away (the backup handles their cases)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="174"/>
        <source>登录名 *：</source>
        <translation>Login *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="175"/>
        <source>姓名 *：</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="176"/>
        <source>处室：</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="177"/>
        <source>角色 *：</source>
        <translation>Roles *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="179"/>
        <source>初始密码 *：</source>
        <translation>Initial password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="180"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="182"/>
        <source>AB岗后备人员：</source>
        <translation>A/B backup:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="188"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="189"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="212"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../ui/user_admin.py" line="47"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="48"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="49"/>
        <source>处室</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="50"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="51"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="52"/>
        <source>AB岗后备人员</source>
        <translation>A/B backup</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="100"/>
        <source>已锁定（至 %1）</source>
        <translation>Locked (until %1)</translation>
    </message>
</context>
</TS>
