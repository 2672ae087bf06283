<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/action_dialog.py" line="274"/>
        <source>告知说明</source>
        <translation>Notes for the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="275"/>
        <source>需要向申请人说明的其他事项（可不填）</source>
        <translation>Anything else the applicant should be told (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="280"/>
        <source>受理意见</source>
        <translation>Acceptance opinion</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="281"/>
        <location filename="../../ui/action_dialog.py" line="311"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="286"/>
        <source>不予受理理由</source>
        <translation>Reason for non-acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="287"/>
        <source>将写入不予受理通知书</source>
        <translation>Goes into the non-acceptance notice</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="292"/>
        <source>办理意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="293"/>
        <source>本环节的办理意见</source>
        <translation>Your opinion at this step</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="298"/>
        <source>退回理由</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="299"/>
        <source>写明退回的原因和需要补充办理的内容</source>
        <translation>Why it is returned and what must be done again</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="304"/>
        <source>暂停说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="305"/>
        <source>暂停计时的具体情况（事由为“其他”时必填）</source>
        <translation>Details of the clock suspension (required when the reason is “其他”, other)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="310"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="316"/>
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="317"/>
        <source>须书面告知申请人</source>
        <translation>The applicant must be told in writing</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="322"/>
        <location filename="../../ui/action_dialog.py" line="328"/>
        <source>决定内容</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="323"/>
        <source>办结意见，将写入决定文书</source>
        <translation>The decision; goes into the decision document</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="329"/>
        <source>不予批准的理由，将写入决定文书</source>
        <translation>Reasons for not approving; goes into the decision document</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="334"/>
        <source>撤回原因</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="335"/>
        <source>如：申请人书面申请撤回</source>
        <translation>e.g. the applicant asked in writing to withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="428"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="447"/>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="452"/>
        <source>退回到</source>
        <translation>Return to</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="455"/>
        <location filename="../../ui/action_dialog.py" line="467"/>
        <location filename="../../ui/action_dialog.py" line="473"/>
        <source>（请选择）</source>
        <translation>(Choose)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="458"/>
        <source>暂停事由</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="464"/>
        <source>延长天数</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="470"/>
        <source>申请人评价</source>
        <translation>Applicant&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="476"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="478"/>
        <source>集体决策会议</source>
        <translation>Collective decision meeting</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="482"/>
        <source>（回车确定，Shift+回车换行）</source>
        <translation> (Enter to confirm, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="502"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="527"/>
        <source>登记会议记录…</source>
        <translation>Register meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="528"/>
        <source>登记研究本件的会议，本件已列为议题</source>
        <translation>Register the meeting that considered this case (the case is already on its agenda)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="553"/>
        <source>（尚无研究本件的会议记录）</source>
        <translation>(no meeting on this case recorded yet)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="556"/>
        <source>本环节须集体决策，但还没有研究本件的会议记录。请先登记会议记录（会议研究并作出决定后），再办理本环节。</source>
        <translation>This step needs a collective decision, but no meeting on this case has been recorded. Register the meeting first (once it has considered the case and decided), then complete this step.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="562"/>
        <source>研究本件的会议尚未作出“%1”的决定，本环节暂不能%2。</source>
        <translation>No meeting on this case has decided “%1” yet, so “%2” is not possible at this step for now.</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="563"/>
        <source>同意</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="563"/>
        <source>不同意</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="574"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="577"/>
        <source>%1 %2《%3》</source>
        <translation>%1 %2 “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="583"/>
        <source>%1 — 本件议题：%2</source>
        <translation>%1 — this case: %2</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="600"/>
        <source>，当前环节：%1</source>
        <translation>, current step: %1</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="601"/>
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
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="231"/>
        <source>机关信息</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="232"/>
        <source>这些内容印在受理通知书等文书的抬头上，以后可在“设置”中修改。</source>
        <translation>These appear in the header of acceptance notices and other documents; you can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="248"/>
        <source>请填写机关名称。</source>
        <translation>Please enter the agency name.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../ui/workers.py" line="127"/>
        <source>出现意外错误，操作未完成：%1。请重试；如仍出现，请联系系统管理员。</source>
        <translation>An unexpected error stopped the operation: %1. Please try again; if it happens again, contact the system administrator.</translation>
    </message>
</context>
<context>
    <name>CalendarYearView</name>
    <message>
        <location filename="../../ui/calendar_view.py" line="143"/>
        <source>工作日历维护</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="153"/>
        <source>年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="156"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="161"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="174"/>
        <source>休 法定节假日</source>
        <translation>H: public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="175"/>
        <source>班 调休上班</source>
        <translation>W: make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="176"/>
        <source>灰字：周末</source>
        <translation>Grey: weekend</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="179"/>
        <source>单击日期切换：工作日 → 节假日 → 恢复；周末 → 调休上班 → 节假日 → 恢复</source>
        <translation>Click a date to switch: working day → holiday → reset; weekend → make-up day → holiday → reset</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_view.py" line="185"/>
        <source>%n月</source>
        <translation>
            <numerusform>Month %n</numerusform>
            <numerusform>Month %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="195"/>
        <source>保存本年度安排</source>
        <translation>Save this year&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="198"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="261"/>
        <source>法定节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="261"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="268"/>
        <source>本年度安排已录入（%1，%2）</source>
        <translation>This year&apos;s schedule is entered (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="271"/>
        <source>本年度安排尚未录入：期限按周一至周五推算，标为“暂定”。保存后即为正式安排。</source>
        <translation>This year&apos;s schedule is not entered yet: deadlines count Monday to Friday and are marked &quot;provisional&quot;. Saving makes it official.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="273"/>
        <source>（有未保存的修改）</source>
        <translation>(unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="301"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="302"/>
        <source>%1 年的修改尚未保存，切换年度将放弃这些修改。是否继续？</source>
        <translation>The changes to %1 are not saved; switching the year discards them. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="321"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="334"/>
        <source>办理期限变化</source>
        <translation>Deadlines changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_view.py" line="340"/>
        <source>%n 件在办件的办理期限随之调整（已记入各办件的办理记录）：</source>
        <translation>
            <numerusform>The deadline of %n open case changed (recorded in its history):</numerusform>
            <numerusform>The deadlines of %n open cases changed (recorded in each case&apos;s history):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="349"/>
        <source>%1 年的安排已保存，在办件的办理期限均无变化。</source>
        <translation>The %1 schedule is saved; no open case&apos;s deadline changed.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="352"/>
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
        <location filename="../../ui/case_view.py" line="270"/>
        <source>打印文书</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="292"/>
        <source>稍后再打印（可随时从“打印文书”打印）</source>
        <translation>Print later (any time from “Print documents”)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="317"/>
        <source>事项：</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="318"/>
        <source>申请人：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="319"/>
        <source>项目/事由：</source>
        <translation>Project / subject:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="327"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="333"/>
        <source>计时状态：</source>
        <translation>Clock:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="334"/>
        <source>已用：</source>
        <translation>Used:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>承诺期限：</source>
        <translation>Promised limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="336"/>
        <source>法定期限：</source>
        <translation>Statutory limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="337"/>
        <source>计算过程：</source>
        <translation>Calculation:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>办理流程：</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="352"/>
        <source>办理人：</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="353"/>
        <source>当前承办：</source>
        <translation>Now with:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="354"/>
        <source>环节时限：</source>
        <translation>Step limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="355"/>
        <source>办理要求：</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="356"/>
        <source>应形成材料：</source>
        <translation>Documents to produce:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="357"/>
        <source>廉政风险点：</source>
        <translation>Integrity risk points:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="368"/>
        <source>办理操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="370"/>
        <location filename="../../ui/case_view.py" line="638"/>
        <source>灰色按钮暂不可用，鼠标停留可查看原因。</source>
        <translation>Greyed buttons are unavailable; hover to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390"/>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390"/>
        <source>收取情况</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <source>办理事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <source>意见/说明</source>
        <translation>Opinion / note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
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
        <location filename="../../ui/case_view.py" line="444"/>
        <source>本件刚在其他窗口或工作站上被更新，页面已自动刷新（%1）。</source>
        <translation>This case was just updated in another window or on another workstation; the page has been refreshed (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="457"/>
        <source>办件 %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="459"/>
        <source>状态：%1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="472"/>
        <source>%1 · 承办处室：%2</source>
        <translation>%1 · Division: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="478"/>
        <source>%1（%2）· </source>
        <translation>%1 (%2) · </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="481"/>
        <source>%1 接收，登记人 %2</source>
        <translation>Received %1, registered by %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="492"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="492"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="521"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="524"/>
        <source>（代%1）</source>
        <translation>(for %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="530"/>
        <source>未开始计时（受理后开始计算）</source>
        <translation>Not started (counts from acceptance)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="531"/>
        <source>计时中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="532"/>
        <source>暂停计时</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="533"/>
        <source>已停止计时</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="536"/>
        <location filename="../../ui/case_view.py" line="601"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="540"/>
        <source>%1，共 %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="544"/>
        <source>（含延期 %1）</source>
        <translation> (incl. extension of %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="551"/>
        <source>（暂定）</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="573"/>
        <source>当前环节：无（%1）</source>
        <translation>Current step: none (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="579"/>
        <source>当前环节：%1 %2</source>
        <translation>Current step: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="584"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="586"/>
        <source>待分办（本环节岗位人员均可办理）</source>
        <translation>To be assigned (anyone in this post may take it)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="593"/>
        <source>环节超时 %1 天</source>
        <translation>Step overdue by %1 day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="597"/>
        <source>本环节应于 %1 前办完</source>
        <translation>This step is due by %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="601"/>
        <source>本环节不计入办理时限</source>
        <translation>This step is not counted in the time limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="604"/>
        <source>集体决策环节：须经会议研究决定</source>
        <translation>Collective decision: must be decided by a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="605"/>
        <source>不单独设时限</source>
        <translation>No separate limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="605"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="607"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="609"/>
        <source>防控措施：%1</source>
        <translation>Control: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="618"/>
        <source>本环节未列风险点</source>
        <translation>No risk points listed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="633"/>
        <location filename="../../ui/case_view.py" line="724"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="640"/>
        <source>您目前不能对本件进行操作，鼠标停留在按钮上可查看原因。</source>
        <translation>You cannot act on this case now; hover over a button to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="654"/>
        <source>一次性告知：请在材料清单中标出全部缺少或不符合要求的材料，本件只能告知一次。</source>
        <translation>One-time notice: mark every missing or defective material in the list; a case gets only one notice.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="657"/>
        <source>受理后开始计算办理时限；必备材料须全部收取。</source>
        <translation>The time limit starts at acceptance; all required materials must be received.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="750"/>
        <source>请打印《%1》交申请人，并留存存根。</source>
        <translation>Please print the “%1” for the applicant and keep the stub.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="752"/>
        <source>请打印《%1》交申请人。</source>
        <translation>Please print the “%1” for the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="754"/>
        <source>打印%1…</source>
        <translation>Print %1…</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/catalogue_view.py" line="55"/>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="56"/>
        <source>申请材料</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="57"/>
        <source>办理环节</source>
        <translation>Handling steps</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="58"/>
        <source>不相容岗位分离</source>
        <translation>Separation of incompatible duties</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="59"/>
        <source>条文</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="60"/>
        <source>系统执行参数</source>
        <translation>Parameters the system enforces</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="61"/>
        <source>没有版本记录。</source>
        <translation>No version history.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="62"/>
        <source>首版</source>
        <translation>First version</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="63"/>
        <source>内容未变</source>
        <translation>Content unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="64"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="65"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="78"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="81"/>
        <source>业务分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="84"/>
        <source>受理处室</source>
        <translation>Accepting division</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="86"/>
        <source>责任处室</source>
        <translation>Responsible division</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="91"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="92"/>
        <source>第 %1 版，%2 起施行</source>
        <translation>Version %1, in force from %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="98"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="99"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="100"/>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="105"/>
        <source>可延长 %1 天，由%2批准；%3</source>
        <translation>Up to %1 more day(s), approved by %2; %3</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="112"/>
        <source>不得延期</source>
        <translation>No extension</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="116"/>
        <source>申请人</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="126"/>
        <source>预警</source>
        <translation>Warning cards</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="128"/>
        <source>剩余不超过 %1 天或已用 %2 亮黄牌；超过承诺时限亮%3；超过法定时限亮红牌</source>
        <translation>Yellow card at %1 day(s) or fewer left, or %2 used; past the promised limit: %3; past the statutory limit: red card</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="139"/>
        <source>咨询电话</source>
        <translation>Inquiry phone</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="140"/>
        <source>投诉电话</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="148"/>
        <source>事项说明</source>
        <translation>About this matter</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="150"/>
        <source>制度概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="158"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="159"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="160"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="161"/>
        <source>原件</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="162"/>
        <source>复印件</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="163"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="168"/>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="170"/>
        <source>视情提供</source>
        <translation>If applicable</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="181"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="182"/>
        <source>办理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="183"/>
        <source>时限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="184"/>
        <source>动作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="185"/>
        <source>办理要求与廉政风险点</source>
        <translation>Requirements and integrity risk points</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="193"/>
        <source>不计时（%1）</source>
        <translation>Clock excluded (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="196"/>
        <source>集体决策</source>
        <translation>Collective decision</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="199"/>
        <source>（可退回 %1）</source>
        <translation> (may return to %1)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="202"/>
        <source>；防控：%1</source>
        <translation>; control: %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="211"/>
        <source>产出：%1</source>
        <translation>Produces: %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="246"/>
        <source>%1 版本历史</source>
        <translation>Version history of %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="250"/>
        <source>第 %1 版，%2 起施行（%3 导入）</source>
        <translation>Version %1, in force from %2 (imported %3)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="273"/>
        <source>按编号、名称、处室或环节查找</source>
        <translation>Find by code, title, division or step</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="287"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="301"/>
        <source>制度内容</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="302"/>
        <source>工作流程图</source>
        <translation>Flow chart</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="303"/>
        <source>版本历史</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="354"/>
        <source>共 %1 项</source>
        <translation>%1 item(s)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="357"/>
        <source>制度目录是空的。请系统管理员用 sunlight catalogue import 导入制度目录。</source>
        <translation>The catalogue is empty. An administrator imports it with sunlight catalogue import.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="360"/>
        <source>没有符合查找条件的制度。</source>
        <translation>No regulation matches.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="391"/>
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
        <location filename="../../ui/first_run.py" line="76"/>
        <source>使用本机数据库（单机使用，数据保存在这台电脑上）</source>
        <translation>Use a database on this computer (single desk; the data stays on this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="77"/>
        <source>连接单位的数据库服务器（多个工作站共用）</source>
        <translation>Connect to the agency&apos;s database server (shared by several desks)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81"/>
        <source>数据库文件：%1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <source>服务器地址，例如 10.1.2.3 或 db.fgw.local</source>
        <translation>Server address, e.g. 10.1.2.3 or db.fgw.local</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="95"/>
        <source>密码将保存在系统的凭据管理器中，不以明文保存。</source>
        <translation>The password is kept in the system&apos;s credential store, never in plain text.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="97"/>
        <source>本机没有可用的系统凭据管理器：密码不会被保存，每次启动时需要输入。</source>
        <translation>No system credential store is available here: the password is not saved and is asked for at each start.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103"/>
        <source>服务器地址 *：</source>
        <translation>Server *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="104"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105"/>
        <source>数据库名 *：</source>
        <translation>Database *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="106"/>
        <source>用户名 *：</source>
        <translation>User name *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="107"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="109"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="170"/>
        <source>请填写服务器地址。</source>
        <translation>Please enter the server address.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="171"/>
        <source>请填写数据库名。</source>
        <translation>Please enter the database name.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="172"/>
        <source>请填写数据库用户名。</source>
        <translation>Please enter the database user name.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="189"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="210"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>这台电脑第一次使用阳光办件。请选择数据保存在哪里；多个处室共用时请连接单位的数据库服务器。</source>
        <translation>This computer is using Sunlight for the first time. Choose where the data is kept; divisions that share cases connect to the agency&apos;s database server.</translation>
    </message>
</context>
<context>
    <name>ConnectionProblem</name>
    <message>
        <location filename="../../ui/first_run.py" line="390"/>
        <source>无法使用数据库 — 阳光办件</source>
        <translation>Database unavailable — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="397"/>
        <source>技术信息：%1</source>
        <translation>Technical details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="403"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="406"/>
        <source>更改连接设置…</source>
        <translation>Change connection…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="408"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="138"/>
        <source>程序出错 — 阳光办件</source>
        <translation>Error — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="143"/>
        <source>阳光办件遇到了一个内部错误，刚才的操作没有完成。这不是您的操作失误。</source>
        <translation>Sunlight ran into an internal error and the last action was not completed. This is not your mistake.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="152"/>
        <source>您正在填写的内容仍保留在窗口中，没有丢失；请检查后再保存。如果问题反复出现，请点击“保存错误报告…”，把报告文件发给信息中心。报告中有程序版本和运行日志，不含密码。</source>
        <translation>What you were filling in is still in its window; please check it before saving. If this keeps happening, click &quot;Save error report…&quot; and send the file to IT. The report holds version information and the log, no passwords.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="157"/>
        <source>已打开窗口中填写的文字另存在：%1</source>
        <translation>Text from open windows was also saved to: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="164"/>
        <location filename="../../ui/crash.py" line="198"/>
        <source>显示详细信息</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="171"/>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="172"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="173"/>
        <source>退出程序</source>
        <translation>Quit Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="174"/>
        <source>继续使用</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="198"/>
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="209"/>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="213"/>
        <source>错误报告已保存到 %1</source>
        <translation>Error report saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="217"/>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="217"/>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="224"/>
        <source>错误报告已复制，可粘贴到邮件中。</source>
        <translation>Error report copied; you can paste it into an e-mail.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../ui/crash.py" line="74"/>
        <source>阳光办件错误报告 / Sunlight error report</source>
        <translation>Sunlight error report</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="75"/>
        <source>时间 time: %1</source>
        <translation>Time: %1</translation>
    </message>
</context>
<context>
    <name>DomainDecision</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="200"/>
        <source>同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="201"/>
        <source>不同意</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="202"/>
        <source>暂缓决定</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="203"/>
        <source>尚未决定</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="205"/>
        <source>准予</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="206"/>
        <source>不予批准</source>
        <translation>Not approved</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="32"/>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="33"/>
        <source>黄牌</source>
        <translation>Yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="34"/>
        <source>红牌</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="36"/>
        <source>一次性告知补正</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="37"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="38"/>
        <source>不予受理</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="39"/>
        <source>通过</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="40"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="41"/>
        <source>暂停计时</source>
        <translation>Suspend clock</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="42"/>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="43"/>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="44"/>
        <source>办结（准予）</source>
        <translation>Complete (approve)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="45"/>
        <source>办结（不予批准）</source>
        <translation>Complete (not approve)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="46"/>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="47"/>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="48"/>
        <source>分派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="49"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="50"/>
        <source>进入不计时环节，暂停计时</source>
        <translation>Entered a step outside the time limit; clock suspended</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="51"/>
        <source>离开不计时环节，恢复计时</source>
        <translation>Left a step outside the time limit; clock resumed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="52"/>
        <source>期限随工作日历调整</source>
        <translation>Deadline adjusted to the working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="54"/>
        <source>开始计时</source>
        <translation>Clock started</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="55"/>
        <source>停止计时</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="57"/>
        <source>专家评审</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="58"/>
        <source>委托咨询评估</source>
        <translation>Commissioned consulting assessment</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="59"/>
        <source>补正材料</source>
        <translation>Supplementing materials</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="60"/>
        <source>听证</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="61"/>
        <source>公示</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="62"/>
        <source>现场核查</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="63"/>
        <source>检验检测</source>
        <translation>Testing and inspection</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="64"/>
        <source>征求第三方意见</source>
        <translation>Consulting third parties</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="65"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="66"/>
        <source>征求第三方（有关部门）意见</source>
        <translation>Consulting third parties (other departments)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="67"/>
        <source>其他（须说明）</source>
        <translation>Other (explain)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="69"/>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="70"/>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="71"/>
        <source>处室负责人</source>
        <translation>Division head</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="72"/>
        <source>委领导</source>
        <translation>Commission leader</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="73"/>
        <source>纪检监察</source>
        <translation>Supervision office</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="74"/>
        <source>兼职纪检监察员</source>
        <translation>Division inspector</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="75"/>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="77"/>
        <source>法人或其他组织</source>
        <translation>Legal person or other organisation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="78"/>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="79"/>
        <source>已收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="80"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="81"/>
        <source>不符合要求</source>
        <translation>Not acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="83"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="84"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="85"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="87"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="88"/>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="89"/>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="90"/>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="91"/>
        <source>属实</source>
        <translation>Substantiated</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="92"/>
        <source>部分属实</source>
        <translation>Partly substantiated</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="93"/>
        <source>不属实</source>
        <translation>Not substantiated</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="95"/>
        <source>同意</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="96"/>
        <source>不同意</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="97"/>
        <source>缓议</source>
        <translation>Defer</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="98"/>
        <source>回避</source>
        <translation>Recused</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="99"/>
        <source>党组会</source>
        <translation>Party group meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="100"/>
        <source>主任办公会</source>
        <translation>Director&apos;s office meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="101"/>
        <source>处务会</source>
        <translation>Division meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="103"/>
        <source>超过法定时限（系统生成）</source>
        <translation>Statutory limit exceeded (raised by the system)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="104"/>
        <source>违反一次性告知（系统生成）</source>
        <translation>One-time notice breached (raised by the system)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="105"/>
        <source>投诉查实</source>
        <translation>Substantiated complaint</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="106"/>
        <source>纪检监察人员立项</source>
        <translation>Opened by the supervision office</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="107"/>
        <source>直接责任</source>
        <translation>Direct responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="108"/>
        <source>主要领导责任</source>
        <translation>Principal leadership responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="109"/>
        <source>领导责任</source>
        <translation>Leadership responsibility</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="110"/>
        <source>超期办理</source>
        <translation>Handled past the limit</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="111"/>
        <source>未一次性告知</source>
        <translation>No one-time notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="112"/>
        <source>违规受理或不予受理</source>
        <translation>Improper acceptance or non-acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="113"/>
        <source>推诿扯皮</source>
        <translation>Shirking and buck-passing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="114"/>
        <source>未按规定回避</source>
        <translation>Failure to recuse</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="115"/>
        <source>违反集体决策程序</source>
        <translation>Breach of the collective decision procedure</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="116"/>
        <source>违规暂停计时或延期</source>
        <translation>Improper clock suspension or extension</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="117"/>
        <source>擅自增设条件或材料</source>
        <translation>Unauthorised extra conditions or materials</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="118"/>
        <source>应公开未公开</source>
        <translation>Failure to disclose</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="119"/>
        <source>索取收受财物或谋取不正当利益</source>
        <translation>Soliciting or taking gifts or improper benefits</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="120"/>
        <source>批评教育</source>
        <translation>Criticism and education</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="121"/>
        <source>书面检查</source>
        <translation>Written self-criticism</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="122"/>
        <source>通报批评</source>
        <translation>Circulated criticism</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="123"/>
        <source>诫勉谈话</source>
        <translation>Admonition talk</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="124"/>
        <source>调离岗位</source>
        <translation>Removal from post</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="125"/>
        <source>移送纪律审查</source>
        <translation>Referral for disciplinary review</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="127"/>
        <source>新增用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="128"/>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="129"/>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="130"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="131"/>
        <source>启用用户</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="132"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="133"/>
        <source>登录失败</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="134"/>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="135"/>
        <source>设置AB岗</source>
        <translation>Set backup (AB post)</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="136"/>
        <source>设置外出</source>
        <translation>Set absent</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="137"/>
        <source>批量导入用户</source>
        <translation>Import users</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="138"/>
        <source>新增处室</source>
        <translation>Add division</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="139"/>
        <source>声明回避</source>
        <translation>Declare recusal</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="140"/>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="141"/>
        <source>导入工作日历</source>
        <translation>Import working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="142"/>
        <source>修改工作日历</source>
        <translation>Edit working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="143"/>
        <source>导入制度目录</source>
        <translation>Import regulation catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="144"/>
        <source>打印文书</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="145"/>
        <source>发出督办通知</source>
        <translation>Send supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="146"/>
        <source>回复督办通知</source>
        <translation>Reply to supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="147"/>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="148"/>
        <source>记录投诉调查</source>
        <translation>Record complaint investigation</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="149"/>
        <source>投诉办结</source>
        <translation>Conclude complaint</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="150"/>
        <source>登记集体决策会议</source>
        <translation>Register collective decision meeting</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="151"/>
        <source>登记参会人员意见</source>
        <translation>Record member&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="152"/>
        <source>登记会议决定</source>
        <translation>Record meeting decision</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="153"/>
        <source>立项责任追究</source>
        <translation>Open accountability item</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="154"/>
        <source>责任追究办结</source>
        <translation>Conclude accountability item</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="155"/>
        <source>撤销责任追究事项</source>
        <translation>Dismiss accountability item</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="156"/>
        <source>登记社会监督意见</source>
        <translation>Register public supervisor&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="157"/>
        <source>答复社会监督意见</source>
        <translation>Reply to public supervisor&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="158"/>
        <source>被修改</source>
        <translation>altered</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="159"/>
        <source>被插入</source>
        <translation>inserted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="160"/>
        <source>被删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="162"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="163"/>
        <source>日</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="165"/>
        <source>内置数据</source>
        <translation>built-in data</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="166"/>
        <source>文件导入</source>
        <translation>imported from file</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="167"/>
        <source>手工维护</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="169"/>
        <source>权力运行制度</source>
        <translation>Power operation regulations</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="170"/>
        <source>配套保障监督制度</source>
        <translation>Supporting and supervision regulations</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="171"/>
        <source>依申请</source>
        <translation>On application</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="172"/>
        <source>依职权</source>
        <translation>Ex officio</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="173"/>
        <source>不予批准</source>
        <translation>Not approve</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="252"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="267"/>
        <source>已办结（超期 %n 个工作日）</source>
        <translation>
            <numerusform>Completed (%n working day late)</numerusform>
            <numerusform>Completed (%n working days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="268"/>
        <source>已办结（超期 %n 日）</source>
        <translation>
            <numerusform>Completed (%n day late)</numerusform>
            <numerusform>Completed (%n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="273"/>
        <source>已超期 %n 个工作日</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="274"/>
        <source>已超期 %n 日</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="276"/>
        <source>已过期限</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="278"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="280"/>
        <source>剩余 %n 个工作日</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="281"/>
        <source>剩余 %n 日</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="285"/>
        <source>%n个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/domain_labels.py" line="286"/>
        <source>%n日</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location filename="../../ui/domain_messages.py" line="8"/>
        <source>统一社会信用代码应为18位，您输入了{count}位，请核对。</source>
        <translation>A unified social credit code has 18 characters; you entered {count}. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="9"/>
        <source>统一社会信用代码第{position}位“{char}”不是有效字符（代码中不使用字母 I、O、Z、S、V），请核对。</source>
        <translation>Character {position} of the unified social credit code, “{char}”, is not valid (the code never uses the letters I, O, Z, S or V). Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="10"/>
        <source>统一社会信用代码校验位不正确，请核对第18位。</source>
        <translation>The check character of the unified social credit code is wrong. Please check character 18.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="11"/>
        <source>公民身份号码应为18位，您输入了{count}位，请核对。</source>
        <translation>A citizen ID number has 18 characters; you entered {count}. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="12"/>
        <source>公民身份号码前17位应为数字，请核对。</source>
        <translation>The first 17 characters of a citizen ID number must be digits. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="13"/>
        <source>公民身份号码第18位应为数字或字母X，请核对。</source>
        <translation>Character 18 of a citizen ID number must be a digit or the letter X. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="14"/>
        <source>公民身份号码第7至14位的出生日期无效，请核对。</source>
        <translation>The date of birth in characters 7 to 14 of the citizen ID number is not a valid date. Please check it.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="15"/>
        <source>公民身份号码中的出生日期不合理，请核对第7至14位。</source>
        <translation>The date of birth in the citizen ID number is not plausible. Please check characters 7 to 14.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="16"/>
        <source>公民身份号码校验位不正确，请核对第18位。</source>
        <translation>The check digit of the citizen ID number is wrong. Please check character 18.</translation>
    </message>
    <message>
        <location filename="../../ui/domain_messages.py" line="17"/>
        <source>联系电话格式不正确：手机号为11位数字，固定电话请写区号，如 0731-82212041。</source>
        <translation>The phone number is not valid: a mobile number has 11 digits; a landline needs its area code, e.g. 0731-82212041.</translation>
    </message>
</context>
<context>
    <name>DomainStatus</name>
    <message>
        <location filename="../../ui/domain_labels.py" line="175"/>
        <source>已接收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="176"/>
        <source>补正中</source>
        <translation>Supplementing</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="177"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="178"/>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="179"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="180"/>
        <source>暂停计时</source>
        <translation>Clock suspended</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="181"/>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="182"/>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="183"/>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="185"/>
        <source>未开始计时</source>
        <translation>Clock not started</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="186"/>
        <source>计时中</source>
        <translation>Clock running</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="187"/>
        <source>已停止计时</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="189"/>
        <source>待回复</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="190"/>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="191"/>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="192"/>
        <source>已处理</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="193"/>
        <source>不予追究</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="195"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="196"/>
        <source>外出</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="197"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/domain_labels.py" line="198"/>
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
    <message>
        <location filename="../../ui/feedback_dialog.py" line="64"/>
        <source>登记后应在%1个工作日内答复社会监督员（社会监督员制度）。</source>
        <translation>The social supervisor must get a reply within %1 working day(s) of registration (social supervisor rules).</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="71"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="72"/>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="80"/>
        <source>第 %1 号意见&#x3000;社会监督员：%2&#x3000;收到：%3
涉及：%4&#x3000;评价：%5&#x3000;答复期限：%6
意见内容：%7</source>
        <translation>Feedback no. %1; social supervisor: %2; received: %3
Concerns: %4; rating: %5; reply due: %6
Feedback: %7</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="96"/>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="98"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="100"/>
        <source>答复</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <location filename="../../ui/feedback_dialog.py" line="105"/>
        <source>已于 %1 答复。</source>
        <translation>Replied on %1.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/action_dialog.py" line="82"/>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="88"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="127"/>
        <source>首次使用 — 创建系统管理员</source>
        <translation>First use — create the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="130"/>
        <source>这个数据库还没有任何用户。请先创建系统管理员账户；系统管理员负责用户、制度目录、工作日历和系统设置，不办理办件。</source>
        <translation>This database has no users yet. First create the system administrator account; the administrator manages users, the catalogue, the working calendar and settings, and does not handle cases.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="137"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="139"/>
        <source>至少 8 位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, from two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="143"/>
        <source>登录名 *：</source>
        <translation>Login *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="144"/>
        <source>姓名 *：</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="145"/>
        <source>密码 *：</source>
        <translation>Password *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="146"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="147"/>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="147"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="153"/>
        <source>两次输入的密码不一致，请重新输入确认密码。</source>
        <translation>The passwords do not match; please re-enter the confirmation.</translation>
    </message>
</context>
<context>
    <name>FlowChartView</name>
    <message>
        <location filename="../../ui/flowchart_view.py" line="147"/>
        <source>本制度没有办理环节，无流程图。</source>
        <translation>This regulation has no steps, so there is no flow chart.</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="153"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="153"/>
        <source>放大（Ctrl+滚轮）</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="154"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="154"/>
        <source>缩小（Ctrl+滚轮）</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="155"/>
        <source>原始大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="155"/>
        <source>按 100% 显示</source>
        <translation>Show at 100%</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="156"/>
        <source>适合窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="156"/>
        <source>整张图缩放到窗口内</source>
        <translation>Scale the whole chart to the window</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="164"/>
        <source>导出PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="166"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="234"/>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="241"/>
        <source>工作流程图 %1</source>
        <translation>Flow chart %1</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="242"/>
        <source>阳光办件</source>
        <translation>Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="251"/>
        <source>导出流程图为PNG</source>
        <translation>Export flow chart as PNG</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="251"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="254"/>
        <source>导出流程图为PDF</source>
        <translation>Export flow chart as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="254"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="260"/>
        <source>%1 工作流程图</source>
        <translation>%1 flow chart</translation>
    </message>
    <message>
        <location filename="../../ui/flowchart_view.py" line="269"/>
        <source>导出失败：%1。请检查路径和写入权限。</source>
        <translation>Export failed: %1. Please check the path and write permission.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="107"/>
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
        <location filename="../../ui/login_dialog.py" line="83"/>
        <source>登录 — 阳光办件</source>
        <translation>Sign in — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="85"/>
        <source>登录名，例如 wangxm</source>
        <translation>Login, e.g. wangxm</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="89"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="90"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="91"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="92"/>
        <source>阳光办件 — 规范权力运行办件系统</source>
        <translation>Sunlight — regulated power operation</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="97"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="104"/>
        <source>请输入用户名。</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="108"/>
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
        <location filename="../../ui/main.py" line="80"/>
        <source>未登录</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>阳光办件 — 规范权力运行办件系统</source>
        <translation>Sunlight — regulated power operation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>我的待办</source>
        <translation>My to-do</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>制度</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>管理</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>培训库：本库数据仅供培训演示，不是正式办件，不具法律效力。</source>
        <translation>Training database: demonstration data only, not real cases, no legal effect.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>登记新办件(&amp;N)…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>登记新办件（Ctrl+N）</source>
        <translation>Register a new case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>登记集体决策会议(&amp;M)…</source>
        <translation>Register collective decision &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="445"/>
        <source>报表(&amp;B)</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>月度统计报表(&amp;M)…</source>
        <translation>&amp;Monthly report…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>办件公示清单（政务公开）(&amp;P)…</source>
        <translation>Case &amp;publication list (open government)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>关于阳光办件(&amp;A)</source>
        <translation>&amp;About Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>【培训库】</source>
        <translation>[Training]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>已登记办件 %1</source>
        <translation>Case %1 registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="517"/>
        <source>监督台选出的办件</source>
        <translation>Cases chosen on the supervision dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>与数据库的连接已中断。正在填写的内容都已保留；程序会自动重新连接，恢复后自动刷新。连接恢复前暂时不能保存。</source>
        <translation>The connection to the database was lost. Everything you are filling in is kept; Sunlight reconnects by itself and refreshes once the connection is back. Until then nothing can be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>数据库连接已恢复，数据已重新载入。</source>
        <translation>The database connection is back; the data has been reloaded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="663"/>
        <source>关于阳光办件</source>
        <translation>About Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>阳光办件 %1
规范权力运行办件系统：受理、办理、时限、监督、报表。</source>
        <translation>Sunlight %1
Case handling for regulated power operation: acceptance, handling, time limits, supervision, reports.</translation>
    </message>
</context>
<context>
    <name>MaterialsEditor</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="220"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="221"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="222"/>
        <source>收取情况</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="223"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="224"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="252"/>
        <source>（必备）</source>
        <translation> (required)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="252"/>
        <source>（可选）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="260"/>
        <source>%1 收取情况</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="264"/>
        <source> 份</source>
        <translation> cop(ies)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="265"/>
        <source>%1 份数</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="267"/>
        <source>如：缺少盖章页</source>
        <translation>e.g. the sealed page is missing</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="268"/>
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
        <location filename="../../ui/calendar_view.py" line="44"/>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="45"/>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="46"/>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="47"/>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="48"/>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="49"/>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="50"/>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="54"/>
        <source>休</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="54"/>
        <source>班</source>
        <translation>W</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="33"/>
        <source>月度统计报表（Excel）</source>
        <translation>Monthly report (Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="34"/>
        <source>办件公示清单（CSV）</source>
        <translation>Case publication list (CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="35"/>
        <source>办件公示清单（PDF）</source>
        <translation>Case publication list (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="61"/>
        <source>已生成 %1 月度统计报表，办件明细 %2 件。</source>
        <translation>Monthly report for %1 generated; %2 case(s) in the detail list.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="68"/>
        <source>已生成 %1 办件公示清单，共 %2 件。</source>
        <translation>Case publication list for %1 generated; %2 case(s).</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="84"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="90"/>
        <source>yyyy年M月</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="98"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="105"/>
        <source>报表类型：</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="106"/>
        <source>统计月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="107"/>
        <source>处室：</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="108"/>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="113"/>
        <source>选择月份后点击“生成”。口径见报表中的“指标说明”。</source>
        <translation>Choose the month, then click “Generate”. The report’s “指标说明” sheet defines each figure.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="116"/>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="119"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="122"/>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="123"/>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="128"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="156"/>
        <source>全部处室</source>
        <translation>All divisions</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="172"/>
        <source>月度统计报表</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="172"/>
        <source>办件公示清单</source>
        <translation>Case publication list</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="181"/>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="193"/>
        <source>请选择保存位置。</source>
        <translation>Please choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="212"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="218"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="243"/>
        <source>未能生成：%1</source>
        <translation>Could not generate: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="248"/>
        <source>已取消，未保存文件。</source>
        <translation>Cancelled; no file was saved.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/notice_dialog.py" line="36"/>
        <source>打印督办通知书</source>
        <translation>Print supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="40"/>
        <source>保存督办通知书</source>
        <translation>Save supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="41"/>
        <source>督办通知书-%1.pdf</source>
        <translation>Supervision-notice-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="60"/>
        <source>发出督办通知</source>
        <translation>Send supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="62"/>
        <source>办件编号，多件以顿号或逗号分隔</source>
        <translation>Case numbers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="63"/>
        <source>督办办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="65"/>
        <source>如：办件已亮红牌，超过法定时限未办结</source>
        <translation>e.g. red card: past the statutory limit and not completed</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="66"/>
        <source>督办事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="69"/>
        <source>整改要求</source>
        <translation>Required action</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="70"/>
        <source>承办处室应自收到之日起5个工作日内书面回复（效能监察办法第五条）。</source>
        <translation>The division replies in writing within 5 working days of receipt (efficiency supervision rules, art. 5).</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="74"/>
        <source>发出</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="77"/>
        <source>督办通知</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="83"/>
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
        <location filename="../../ui/notice_dialog.py" line="87"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="99"/>
        <source>办理和整改情况</source>
        <translation>Handling and corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="101"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="104"/>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../ui/first_run.py" line="323"/>
        <source>数据库密码 — 阳光办件</source>
        <translation>Database password — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="325"/>
        <source>请输入数据库用户“%1”在服务器 %2 上的密码：</source>
        <translation>Password of database user &quot;%1&quot; on server %2:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="334"/>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="334"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../ui/user_admin.py" line="251"/>
        <source>重设密码 — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="258"/>
        <source>新密码 *：</source>
        <translation>New password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="259"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="263"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="264"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="274"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="269"/>
        <source>打印预览 — %1 %2</source>
        <translation>Print preview — %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="283"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="285"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="286"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="321"/>
        <source>样张：打印或保存时登记并生成验证码。</source>
        <translation>Specimen: printing or saving records the document and gives it a verification code. </translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="323"/>
        <source>本文书已打印过 %1 次，再次打印将标注“补打”，内容与第一次打印时相同。</source>
        <translation>This document has been printed %1 time(s); a new print is marked “补打” (reprint) and has the same content as the first.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="354"/>
        <source>不能打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="361"/>
        <source>已登记打印（补打第%1次），文书编号 %2，验证码 %3。</source>
        <translation>Printing recorded (reprint no. %1), document number %2, verification code %3.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="368"/>
        <source>已登记打印，文书编号 %1，验证码 %2。</source>
        <translation>Printing recorded, document number %1, verification code %2.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="389"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="400"/>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="400"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="146"/>
        <source>原件%1份</source>
        <translation>%1 original(s)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="148"/>
        <source>复印件%1份</source>
        <translation>%1 cop(ies)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="149"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="169"/>
        <source>承诺时限 %1</source>
        <translation>Promised limit %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="175"/>
        <source>法定时限 %1</source>
        <translation>Statutory limit %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="181"/>
        <source>受理处室：%1</source>
        <translation>Accepting division: %1</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="327"/>
        <source>登记新办件</source>
        <translation>Register new case</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="335"/>
        <source>输入事项编号、名称或拼音首字母查找，↓ 选择，回车确认</source>
        <translation>Find a matter by code, name or pinyin initials; ↓ to choose, Enter to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="345"/>
        <source>选定事项后，下方列出该事项的申请材料清单。</source>
        <translation>Once a matter is chosen, its list of application materials appears below.</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="353"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="361"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="366"/>
        <source>申请人名称</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="371"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="375"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="377"/>
        <source>手机或带区号的固定电话，如 0731-82212041</source>
        <translation>Mobile, or landline with area code, e.g. 0731-82212041</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="379"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="381"/>
        <source>通讯地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="384"/>
        <source>项目名称或申请事由</source>
        <translation>Project name or subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="385"/>
        <source>项目名称/事由</source>
        <translation>Project / subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="388"/>
        <source>申请材料</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="395"/>
        <source>保存登记</source>
        <translation>Save registration</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="397"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="401"/>
        <source>带 * 的为必填项。接收时间记为保存时刻，登记人为当前用户（首问负责）。</source>
        <translation>Fields marked * are required. The time received is when you save; you are recorded as the registering officer (first-contact responsibility).</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="410"/>
        <source>您没有可登记的事项：只有经办人可以登记本处室受理的依申请或依职权事项。</source>
        <translation>You have no matter to register: only handlers may register matters their division accepts.</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="481"/>
        <source>没有唯一匹配的事项，请从列表中选择（可输入编号、名称或拼音首字母）。</source>
        <translation>No single matter matches; choose one from the list (code, name or pinyin initials).</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="523"/>
        <source>公民身份号码：</source>
        <translation>Citizen ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="523"/>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="526"/>
        <source>18位</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="526"/>
        <source>，末位可为X</source>
        <translation>, the last may be X</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="528"/>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="528"/>
        <source>单位全称，与营业执照或登记证书一致</source>
        <translation>Full name of the organisation, as on its business licence or registration certificate</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="576"/>
        <source>请选择办理事项（可输入编号、名称或拼音首字母查找）。</source>
        <translation>Choose the matter (find it by code, name or pinyin initials).</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/action_dialog.py" line="208"/>
        <source>如涉及具体办件，填写办件编号</source>
        <translation>Case number, if a particular case is concerned</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="209"/>
        <source>涉及办件</source>
        <translation>Case concerned</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="212"/>
        <source>（按办件确定，或未涉及具体处室）</source>
        <translation>(from the case, or no particular division)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="218"/>
        <source>涉及处室</source>
        <translation>Division concerned</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>机关简称 *：</source>
        <translation>Short name *:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>落款名称：</source>
        <translation>Name on the seal:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>徽标图片：</source>
        <translation>Logo image:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>设置 — 阳光办件</source>
        <translation>Settings — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>机关与文书</source>
        <translation>Agency and documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>办件规则</source>
        <translation>Case rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99"/>
        <source>更改语言后，重新启动阳光办件时生效。</source>
        <translation>A new language takes effect when Sunlight is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>%1（当前不可用）</source>
        <translation>%1 (not available now)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>默认打印机：</source>
        <translation>Default printer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>打印前先显示预览</source>
        <translation>Show a preview before printing</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source> 份</source>
        <translation> cop(ies)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>默认份数：</source>
        <translation>Default copies:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>双面打印</source>
        <translation>Print on both sides</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>当前连接：%1</source>
        <translation>Current connection: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="134"/>
        <source>更改数据库连接后，重新启动阳光办件时生效。保存前请先点击“测试连接”。</source>
        <translation>A new database connection takes effect when Sunlight is restarted. Test the connection before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>机关名称 *：</source>
        <translation>Agency name *:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="41"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>邮政编码：</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>网站：</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>投诉电话：</source>
        <translation>Complaint phone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>PNG 或 JPG 文件，各工作站须能按此路径读取；可不填</source>
        <translation>A PNG or JPG file every workstation can read at this path; optional</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>闲置锁定：</source>
        <translation>Lock when idle:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>红牌</source>
        <translation>red card</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>黄牌</source>
        <translation>yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>剩余不超过 %1 个工作日或已用时限达到 %2% 时亮黄牌；超过承诺时限亮%3；超过法定时限一律亮红牌。</source>
        <translation>Yellow card at %1 working day(s) or fewer left, or %2% of the limit used; past the promised limit: %3; past the statutory limit: always red card.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>黄牌红牌默认规则：</source>
        <translation>Default card rules:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>默认规则在制度目录 BZ-03《限时办结制度》的参数中维护，各事项可另行规定；修改请导入新版本制度目录。</source>
        <translation>The default rules are kept in catalogue regulation BZ-03 (time-limited completion); matters may set their own. To change them, import a new catalogue version.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="198"/>
        <source>这些设置对全单位有效，只有系统管理员可以修改。</source>
        <translation>These settings apply to the whole agency; only an administrator can change them.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="242"/>
        <source>新的数据库连接无法使用，未保存。请修改后重新测试连接。</source>
        <translation>The new database connection does not work and was not saved. Correct it and test again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="259"/>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="260"/>
        <source>语言或数据库连接的更改将在重新启动阳光办件后生效。</source>
        <translation>Changes to the language or the database connection take effect when Sunlight is restarted.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="44"/>
        <source>机关名称 *：</source>
        <translation>Agency name *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45"/>
        <source>机关简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="48"/>
        <source>投诉电话：</source>
        <translation>Complaint phone:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="264"/>
        <source>首次设置 — 阳光办件</source>
        <translation>First-time setup — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="270"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="271"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="272"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="273"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SupervisionDashboard</name>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="172"/>
        <source>监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="183"/>
        <source>登记投诉…</source>
        <translation>Register complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="185"/>
        <source>发出督办…</source>
        <translation>Send supervision notice…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="187"/>
        <source>登记会议…</source>
        <translation>Register meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="201"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="217"/>
        <source>双击数字查看该处室的办件</source>
        <translation>Double-click a number to see that division&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="220"/>
        <source>各处室</source>
        <translation>By division</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="56"/>
        <location filename="../../ui/supervision_dashboard.py" line="69"/>
        <location filename="../../ui/supervision_dashboard.py" line="225"/>
        <source>黄牌</source>
        <translation>Yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="57"/>
        <location filename="../../ui/supervision_dashboard.py" line="70"/>
        <location filename="../../ui/supervision_dashboard.py" line="226"/>
        <source>红牌</source>
        <translation>Red card</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="58"/>
        <location filename="../../ui/supervision_dashboard.py" line="240"/>
        <source>暂停超期</source>
        <translation>Suspensions
overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="72"/>
        <location filename="../../ui/supervision_dashboard.py" line="241"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="242"/>
        <source>督办通知</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="74"/>
        <location filename="../../ui/supervision_dashboard.py" line="243"/>
        <source>责任追究</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="54"/>
        <location filename="../../ui/supervision_dashboard.py" line="67"/>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="55"/>
        <location filename="../../ui/supervision_dashboard.py" line="68"/>
        <source>正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="59"/>
        <source>本月不予受理</source>
        <translation>Not accepted
this month</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="60"/>
        <source>投诉办理中</source>
        <translation>Open
complaints</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="61"/>
        <location filename="../../ui/supervision_dashboard.py" line="73"/>
        <source>督办待回复</source>
        <translation>Notices
awaiting reply</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="62"/>
        <source>责任追究待处理</source>
        <translation>Accountability
pending</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="66"/>
        <location filename="../../ui/supervision_dashboard.py" line="82"/>
        <location filename="../../ui/supervision_dashboard.py" line="230"/>
        <location filename="../../ui/supervision_dashboard.py" line="269"/>
        <location filename="../../ui/supervision_dashboard.py" line="293"/>
        <source>处室</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="71"/>
        <source>未计时</source>
        <translation>Clock not started</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="75"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="76"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="77"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="78"/>
        <source>社会监督意见</source>
        <translation>Social supervisor feedback</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="81"/>
        <location filename="../../ui/supervision_dashboard.py" line="229"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="83"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="84"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="85"/>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="86"/>
        <source>法定期限</source>
        <translation>Statutory due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="87"/>
        <location filename="../../ui/supervision_dashboard.py" line="273"/>
        <location filename="../../ui/supervision_dashboard.py" line="299"/>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="142"/>
        <source>%1：%2 件，点击查看办件列表</source>
        <translation>%1: %2 case(s); click to see the list</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="190"/>
        <source>只有纪检监察人员才能登记投诉。</source>
        <translation>Only supervision staff can register complaints.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="191"/>
        <source>只有纪检监察人员才能发出督办通知。</source>
        <translation>Only supervision staff can send supervision notices.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="195"/>
        <source>会议记录由委领导或承办处室登记。</source>
        <translation>Meetings are registered by commission leaders or the handling division.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="231"/>
        <source>暂停事由</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="232"/>
        <source>暂停起始</source>
        <translation>Suspended since</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="233"/>
        <source>已暂停</source>
        <translation>Suspended for</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="234"/>
        <source>上限</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="244"/>
        <location filename="../../ui/supervision_dashboard.py" line="724"/>
        <source>社会监督员意见</source>
        <translation>Social supervisor feedback</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="265"/>
        <location filename="../../ui/supervision_dashboard.py" line="320"/>
        <location filename="../../ui/supervision_dashboard.py" line="349"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="266"/>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="267"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="268"/>
        <location filename="../../ui/supervision_dashboard.py" line="295"/>
        <source>涉及办件</source>
        <translation>Case concerned</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="270"/>
        <location filename="../../ui/supervision_dashboard.py" line="353"/>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="271"/>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="272"/>
        <location filename="../../ui/supervision_dashboard.py" line="298"/>
        <location filename="../../ui/supervision_dashboard.py" line="326"/>
        <location filename="../../ui/supervision_dashboard.py" line="355"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="279"/>
        <source>调查与办结…</source>
        <translation>Investigate and close…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="292"/>
        <source>文号</source>
        <translation>Ref. no.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="294"/>
        <source>督办事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="296"/>
        <source>发出日期</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="297"/>
        <source>回复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="306"/>
        <source>查看…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="308"/>
        <source>打印督办通知书…</source>
        <translation>Print supervision notice…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="321"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="322"/>
        <source>违规类型</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="323"/>
        <source>办件/处室</source>
        <translation>Case / division</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="324"/>
        <source>责任人</source>
        <translation>Persons responsible</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="325"/>
        <source>生成日期</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="327"/>
        <source>处理</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="333"/>
        <source>不予追究…</source>
        <translation>Do not pursue…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="335"/>
        <source>须书面写明理由，记入审计日志</source>
        <translation>A written reason is required; it goes to the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="350"/>
        <source>社会监督员</source>
        <translation>Social supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="351"/>
        <source>涉及办件/处室</source>
        <translation>Case / division concerned</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="352"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="354"/>
        <source>答复期限</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="356"/>
        <source>意见内容</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="363"/>
        <source>登记意见…</source>
        <translation>Register feedback…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="364"/>
        <source>查看与答复…</source>
        <translation>View and reply…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="368"/>
        <source>社会监督员意见由纪检监察人员登记和答复。</source>
        <translation>Social supervisor feedback is registered and answered by supervision staff.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="420"/>
        <source>范围：全委各处室</source>
        <translation>Scope: all divisions</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="423"/>
        <source>范围：%1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="425"/>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="439"/>
        <source>超期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="442"/>
        <source>逾期 %1</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="458"/>
        <location filename="../../ui/supervision_dashboard.py" line="459"/>
        <source>%1 个工作日</source>
        <translation>%1 working day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="467"/>
        <source>黄牌（%1）</source>
        <translation>Yellow (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="468"/>
        <source>红牌（%1）</source>
        <translation>Red (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="469"/>
        <source>暂停超期（%1）</source>
        <translation>Suspensions overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="470"/>
        <source>投诉（%1）</source>
        <translation>Complaints (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="471"/>
        <source>督办通知（%1）</source>
        <translation>Supervision notices (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="472"/>
        <source>责任追究（%1）</source>
        <translation>Accountability (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="474"/>
        <source>社会监督员意见（%1）</source>
        <translation>Social supervisor feedback (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="475"/>
        <source>当前范围内没有在办事项。</source>
        <translation>Nothing open in this scope.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="500"/>
        <source>双击查看这些办件</source>
        <translation>Double-click to see these cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="506"/>
        <source> · 暂停</source>
        <translation> · suspended</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="535"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="552"/>
        <location filename="../../ui/supervision_dashboard.py" line="578"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="578"/>
        <source>待定</source>
        <translation>To be determined</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="593"/>
        <source>满意率 %1%</source>
        <translation>%1% satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="595"/>
        <source>尚无评价</source>
        <translation>no ratings yet</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="599"/>
        <source>本月办结评价：满意 %1 件，基本满意 %2 件，不满意 %3 件（%4）；本月收到社会监督员意见 %5 条。各处室的情况见“各处室”页。</source>
        <translation>Ratings of cases completed this month: %1 satisfied, %2 fairly satisfied, %3 dissatisfied (%4). Social supervisor feedback received this month: %5. See the “By division” tab for each division.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="616"/>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="618"/>
        <source>逾期未答复</source>
        <translation>Reply overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="620"/>
        <source>待答复</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="635"/>
        <source>答复：%1</source>
        <translation>Reply: %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="700"/>
        <source>打印督办通知书</source>
        <translation>Print supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="700"/>
        <source>请先在列表中选择一份督办通知。</source>
        <translation>Choose a supervision notice in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="724"/>
        <source>请先在列表中选择一条社会监督员意见。</source>
        <translation>Choose a feedback entry in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="737"/>
        <location filename="../../ui/supervision_dashboard.py" line="742"/>
        <location filename="../../ui/supervision_dashboard.py" line="753"/>
        <source>不予追究</source>
        <translation>Do not pursue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="737"/>
        <source>请先在列表中选择一个责任追究事项。</source>
        <translation>Choose an accountability item in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="743"/>
        <source>第 %1 号事项（%2）不予追究的理由（必填，记入审计日志）：</source>
        <translation>Reason for not pursuing item %1 (%2) (required, goes to the audit trail):</translation>
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
        <location filename="../../ui/idle_lock.py" line="33"/>
        <source>界面已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="35"/>
        <source>长时间未操作，界面已锁定。%1（%2），请输入密码解锁。</source>
        <translation>Locked after a period without activity. %1 (%2), enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="43"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="44"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="44"/>
        <source>退出程序</source>
        <translation>Quit Sunlight</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="345"/>
        <source>数据库需要升级 — 阳光办件</source>
        <translation>Database upgrade needed — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="350"/>
        <source>升级后，仍在使用旧版本阳光办件的工作站将不能再写入该数据库，请先为所有工作站安装新版本。升级前请确认已备份数据库。只有系统管理员可以执行升级：请输入系统管理员的登录名和密码。</source>
        <translation>After the upgrade, desks still running an older Sunlight can no longer write to this database: install the new version on every desk first. Make sure the database is backed up. Only a system administrator may upgrade: enter an administrator&apos;s login and password.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="359"/>
        <source>管理员登录名：</source>
        <translation>Administrator login:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="360"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="361"/>
        <source>升级数据库</source>
        <translation>Upgrade database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="361"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="365"/>
        <source>登录名或密码不正确，或该用户不是系统管理员。</source>
        <translation>Wrong login or password, or the user is not an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="369"/>
        <source>正在升级数据库，请稍候…</source>
        <translation>Upgrading the database, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="374"/>
        <source>升级失败：%1</source>
        <translation>Upgrade failed: %1</translation>
    </message>
</context>
<context>
    <name>UserAdminWidget</name>
    <message>
        <location filename="../../ui/user_admin.py" line="304"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="305"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="306"/>
        <location filename="../../ui/user_admin.py" line="351"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="307"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="308"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="351"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="355"/>
        <source>共 %1 个用户，在用 %2 个</source>
        <translation>%1 user(s), %2 active</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="385"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="395"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="396"/>
        <source>停用后“%1”将不能登录，其办理记录保留。确定停用吗？</source>
        <translation>&quot;%1&quot; will no longer be able to sign in; their records are kept. Disable?</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/user_admin.py" line="120"/>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="120"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="123"/>
        <source>英文字母、数字，例如 wangxm</source>
        <translation>Letters and digits, e.g. wangxm</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="126"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="145"/>
        <source>至少 8 位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, from two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="149"/>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="153"/>
        <source>外出（由后备人员代为办理其办件）</source>
        <translation>Away (the backup handles their cases)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="172"/>
        <source>登录名 *：</source>
        <translation>Login *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="173"/>
        <source>姓名 *：</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="174"/>
        <source>处室：</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="175"/>
        <source>角色 *：</source>
        <translation>Roles *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="177"/>
        <source>初始密码 *：</source>
        <translation>Initial password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="178"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="180"/>
        <source>AB岗后备人员：</source>
        <translation>A/B backup:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="186"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="187"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="210"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../ui/user_admin.py" line="45"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="46"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="47"/>
        <source>处室</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="48"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="49"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="50"/>
        <source>AB岗后备人员</source>
        <translation>A/B backup</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="98"/>
        <source>已锁定（至 %1）</source>
        <translation>Locked (until %1)</translation>
    </message>
</context>
</TS>
