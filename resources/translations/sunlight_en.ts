<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/action_dialog.py" line="193"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="213"/>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="218"/>
        <source>退回到</source>
        <translation>Return to</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="221"/>
        <location filename="../../ui/action_dialog.py" line="233"/>
        <location filename="../../ui/action_dialog.py" line="239"/>
        <source>（请选择）</source>
        <translation>(Choose)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="224"/>
        <source>暂停事由</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="230"/>
        <source>延长天数</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="236"/>
        <source>申请人评价</source>
        <translation>Applicant&apos;s rating</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="242"/>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="246"/>
        <source>（回车确定，Shift+回车换行）</source>
        <translation>(Enter to confirm, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="262"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="281"/>
        <source>，当前环节：%1</source>
        <translation>, current step: %1</translation>
    </message>
    <message>
        <location filename="../../ui/action_dialog.py" line="282"/>
        <source>办件 %1%2。</source>
        <translation>Case %1%2.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
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
    <name>CalendarYearView</name>
    <message>
        <location filename="../../ui/calendar_view.py" line="115"/>
        <source>工作日历维护</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="125"/>
        <source>年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="128"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="133"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="146"/>
        <source>休 法定节假日</source>
        <translation>Off: public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="147"/>
        <source>班 调休上班</source>
        <translation>Work: make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="148"/>
        <source>灰字：周末</source>
        <translation>Grey: weekend</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="151"/>
        <source>单击日期切换：工作日 → 节假日 → 恢复；周末 → 调休上班 → 节假日 → 恢复</source>
        <translation>Click a date to switch: working day → holiday → reset; weekend → make-up day → holiday → reset</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_view.py" line="157"/>
        <source>%n月</source>
        <translation>
            <numerusform>Month %n</numerusform>
            <numerusform>Month %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="167"/>
        <source>保存本年度安排</source>
        <translation>Save this year&apos;s schedule</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="170"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="231"/>
        <source>法定节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="231"/>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="237"/>
        <source>本年度安排已录入（%1，%2）</source>
        <translation>This year&apos;s schedule is entered (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="240"/>
        <source>本年度安排尚未录入：期限按周一至周五推算，标为“暂定”。保存后即为正式安排。</source>
        <translation>This year&apos;s schedule is not entered yet: deadlines count Monday to Friday and are marked &quot;provisional&quot;. Saving makes it official.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="242"/>
        <source>（有未保存的修改）</source>
        <translation>(unsaved changes)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="270"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="271"/>
        <source>%1 年的修改尚未保存，切换年度将放弃这些修改。是否继续？</source>
        <translation>The changes to %1 are not saved; switching the year discards them. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="290"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="303"/>
        <source>办理期限变化</source>
        <translation>Deadlines changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_view.py" line="309"/>
        <source>%n 件在办件的办理期限随之调整（已记入各办件的办理记录）：</source>
        <translation>
            <numerusform>The deadline of %n open case changed (recorded in its history):</numerusform>
            <numerusform>The deadlines of %n open cases changed (recorded in each case&apos;s history):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="318"/>
        <source>%1 年的安排已保存，在办件的办理期限均无变化。</source>
        <translation>The %1 schedule is saved; no open case&apos;s deadline changed.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_view.py" line="321"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CardBadge</name>
    <message>
        <location filename="../../ui/card_badge.py" line="136"/>
        <source>状态牌</source>
        <translation>Card</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../../ui/case_filters.py" line="58"/>
        <source>我的办件</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="60"/>
        <source>本处室</source>
        <translation>My division</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="61"/>
        <source>全部（我可查看的）</source>
        <translation>All (that I may see)</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="63"/>
        <source>我的办件：我登记或由我承办的办件</source>
        <translation>My cases: registered by me or handled by me</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="66"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="67"/>
        <source>在办（未办结）</source>
        <translation>Open (not completed)</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="72"/>
        <source>全部状态牌</source>
        <translation>All cards</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="77"/>
        <source>全部事项</source>
        <translation>All matters</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="88"/>
        <source>按办件编号、申请人或项目名称查找，回车确认</source>
        <translation>Find by case number, applicant or project name; press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="91"/>
        <source>清除条件</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="103"/>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="104"/>
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="105"/>
        <source>状态牌：</source>
        <translation>Card:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="106"/>
        <source>事项：</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="113"/>
        <source>接收日期：</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="117"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="120"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../ui/case_filters.py" line="133"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>没有符合条件的办件。</source>
        <translation>No cases match.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="87"/>
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
        <location filename="../../ui/case_table.py" line="66"/>
        <source>状态牌</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="67"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="68"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="69"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="70"/>
        <source>项目/事由</source>
        <translation>Project / subject</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="71"/>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="72"/>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="73"/>
        <source>法定到期日</source>
        <translation>Statutory due</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="74"/>
        <source>承办处室</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="75"/>
        <source>接收日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="76"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="272"/>
        <source>事项：</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="273"/>
        <source>申请人：</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="274"/>
        <source>项目/事由：</source>
        <translation>Project / subject:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="282"/>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="288"/>
        <source>计时状态：</source>
        <translation>Clock:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="289"/>
        <source>已用：</source>
        <translation>Used:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="290"/>
        <source>承诺期限：</source>
        <translation>Promised limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="291"/>
        <source>法定期限：</source>
        <translation>Statutory limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="292"/>
        <source>计算过程：</source>
        <translation>Calculation:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="306"/>
        <source>办理流程：</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="307"/>
        <source>办理人：</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="308"/>
        <source>当前承办：</source>
        <translation>Now with:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="309"/>
        <source>环节时限：</source>
        <translation>Step limit:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="310"/>
        <source>办理要求：</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="311"/>
        <source>应形成材料：</source>
        <translation>Documents to produce:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="312"/>
        <source>廉政风险点：</source>
        <translation>Integrity risk points:</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="323"/>
        <source>办理操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="325"/>
        <location filename="../../ui/case_view.py" line="565"/>
        <source>灰色按钮暂不可用，鼠标停留可查看原因。</source>
        <translation>Greyed buttons are unavailable; hover to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="345"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="345"/>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="345"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="345"/>
        <source>收取情况</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="345"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>办理人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>意见/说明</source>
        <translation>Opinion / note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>代为办理</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="361"/>
        <source>办理过程</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="362"/>
        <source>材料清单</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="363"/>
        <source>审计记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="391"/>
        <source>办件 %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="393"/>
        <source>状态：%1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="413"/>
        <source>%1 接收，登记人 %2</source>
        <translation>Received %1, registered by %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="424"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="424"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="453"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="456"/>
        <source>（代%1）</source>
        <translation>(for %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="462"/>
        <source>未开始计时（受理后开始计算）</source>
        <translation>Not started (counts from acceptance)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="463"/>
        <source>计时中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="464"/>
        <source>暂停计时</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="465"/>
        <source>已停止计时</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="468"/>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="473"/>
        <source>%1%2，共 %3%2</source>
        <translation>%1%2, of %3%2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="478"/>
        <source>（含延期 %1%2）</source>
        <translation>(including %1%2 extension)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="485"/>
        <source>（暂定）</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="506"/>
        <source>当前环节：无（%1）</source>
        <translation>Current step: none (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="511"/>
        <source>当前环节：%1 %2</source>
        <translation>Current step: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="515"/>
        <source>待分办（本环节岗位人员均可办理）</source>
        <translation>To be assigned (anyone in this post may take it)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="522"/>
        <source>环节超时 %1 天</source>
        <translation>Step overdue by %1 day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="526"/>
        <source>本环节应于 %1 前办完</source>
        <translation>This step is due by %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="529"/>
        <source>本环节不计入办理时限</source>
        <translation>This step is not counted in the time limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="531"/>
        <source>集体决策环节：须经会议研究决定</source>
        <translation>Collective decision: must be decided by a meeting</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="532"/>
        <source>不单独设时限</source>
        <translation>No separate limit</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="544"/>
        <source>本环节未列风险点</source>
        <translation>No risk points listed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="559"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="567"/>
        <source>您目前不能对本件进行操作，鼠标停留在按钮上可查看原因。</source>
        <translation>You cannot act on this case now; hover over a button to see why.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="581"/>
        <source>一次性告知：请在材料清单中标出全部缺少或不符合要求的材料，本件只能告知一次。</source>
        <translation>One-time notice: mark every missing or defective material in the list; a case gets only one notice.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="584"/>
        <source>受理后开始计算办理时限；必备材料须全部收取。</source>
        <translation>The time limit starts at acceptance; all required materials must be received.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/catalogue_view.py" line="179"/>
        <source>按编号、名称、处室或环节查找</source>
        <translation>Find by code, title, division or step</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="193"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="205"/>
        <source>制度内容</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="206"/>
        <source>工作流程图</source>
        <translation>Flow chart</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="207"/>
        <source>版本历史</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="256"/>
        <source>共 %1 项</source>
        <translation>%1 item(s)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="259"/>
        <source>制度目录是空的。请系统管理员用 sunlight catalogue import 导入制度目录。</source>
        <translation>The catalogue is empty. An administrator imports it with sunlight catalogue import.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_view.py" line="262"/>
        <source>没有符合查找条件的制度。</source>
        <translation>No regulation matches.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="55"/>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="58"/>
        <source>投诉调查与办结</source>
        <translation>Complaint investigation and closure</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="69"/>
        <source>投诉渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="71"/>
        <source>匿名投诉可不填</source>
        <translation>May be left empty for an anonymous complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="72"/>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="74"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="76"/>
        <source>如涉及具体办件，填写办件编号</source>
        <translation>Case number, if a particular case is concerned</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="77"/>
        <source>涉及办件</source>
        <translation>Case concerned</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="79"/>
        <source>（按办件确定，或未涉及具体处室）</source>
        <translation>(from the case, or no particular division)</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="83"/>
        <source>涉及处室</source>
        <translation>Division concerned</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="86"/>
        <source>投诉事项</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="87"/>
        <source>办理期限按《投诉受理办法》自收到之日起计算（工作日）。</source>
        <translation>The limit counts from the day of receipt, in working days (complaint handling rules).</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="109"/>
        <source>尚未记录调查核实情况。</source>
        <translation>No investigation recorded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="111"/>
        <source>调查记录：</source>
        <translation>Investigation:</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="114"/>
        <source>调查核实情况</source>
        <translation>Investigation findings</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="115"/>
        <source>记录调查情况</source>
        <translation>Record investigation</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="121"/>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="124"/>
        <source>答复投诉人</source>
        <translation>Reply to complainant</translation>
    </message>
    <message>
        <location filename="../../ui/complaint_dialog.py" line="126"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../ui/first_run.py" line="75"/>
        <source>使用本机数据库（单机使用，数据保存在这台电脑上）</source>
        <translation>Use a database on this computer (single desk; the data stays on this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="76"/>
        <source>连接单位的数据库服务器（多个工作站共用）</source>
        <translation>Connect to the agency&apos;s database server (shared by several desks)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80"/>
        <source>数据库文件：%1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="84"/>
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
        <location filename="../../ui/first_run.py" line="412"/>
        <source>无法使用数据库 — 阳光办件</source>
        <translation>Database unavailable — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="419"/>
        <source>技术信息：%1</source>
        <translation>Technical details: %1</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="425"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="428"/>
        <source>更改连接设置…</source>
        <translation>Change connection…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="430"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="136"/>
        <source>程序出错 — 阳光办件</source>
        <translation>Error — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="141"/>
        <source>阳光办件遇到了一个内部错误，刚才的操作没有完成。这不是您的操作失误。</source>
        <translation>Sunlight ran into an internal error and the last action was not completed. This is not your mistake.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="150"/>
        <source>您正在填写的内容仍保留在窗口中，没有丢失；请检查后再保存。如果问题反复出现，请点击“保存错误报告…”，把报告文件发给信息中心。报告中有程序版本和运行日志，不含密码。</source>
        <translation>What you were filling in is still in its window; please check it before saving. If this keeps happening, click &quot;Save error report…&quot; and send the file to IT. The report holds version information and the log, no passwords.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="155"/>
        <source>已打开窗口中填写的文字另存在：%1</source>
        <translation>Text from open windows was also saved to: %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="162"/>
        <location filename="../../ui/crash.py" line="196"/>
        <source>显示详细信息</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="169"/>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="170"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="171"/>
        <source>退出程序</source>
        <translation>Quit Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="172"/>
        <source>继续使用</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="196"/>
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="207"/>
        <source>无法保存到 %1：%2</source>
        <translation>Cannot save to %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="211"/>
        <source>错误报告已保存到 %1</source>
        <translation>Error report saved to %1</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="215"/>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="215"/>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="222"/>
        <source>错误报告已复制，可粘贴到邮件中。</source>
        <translation>Error report copied; you can paste it into an e-mail.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="105"/>
        <source>首次使用 — 创建系统管理员</source>
        <translation>First use — create the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="108"/>
        <source>这个数据库还没有任何用户。请先创建系统管理员账户；系统管理员负责用户、制度目录、工作日历和系统设置，不办理办件。</source>
        <translation>This database has no users yet. First create the system administrator account; the administrator manages users, the catalogue, the working calendar and settings, and does not handle cases.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="115"/>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="118"/>
        <source>至少 8 位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, from two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="123"/>
        <source>登录名 *：</source>
        <translation>Login *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="124"/>
        <source>姓名 *：</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="125"/>
        <source>密码 *：</source>
        <translation>Password *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="126"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="130"/>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="131"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="144"/>
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
        <location filename="../../ui/flowchart_view.py" line="241"/>
        <source>工作流程图 %1</source>
        <translation>Flow chart %1</translation>
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
        <location filename="../../ui/flowchart_view.py" line="269"/>
        <source>导出失败：%1。请检查路径和写入权限。</source>
        <translation>Export failed: %1. Please check the path and write permission.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/idle_lock.py" line="123"/>
        <source>界面已锁定</source>
        <translation>Screen locked</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="48"/>
        <source>登录 — 阳光办件</source>
        <translation>Sign in — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="50"/>
        <source>登录名，例如 wangxm</source>
        <translation>Login, e.g. wangxm</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="55"/>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="56"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="60"/>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="61"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="65"/>
        <source>阳光办件 — 规范权力运行办件系统</source>
        <translation>Sunlight — regulated power operation</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="71"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80"/>
        <source>请输入用户名。</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="84"/>
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
        <location filename="../../ui/main_window.py" line="153"/>
        <source>阳光办件 — 规范权力运行办件系统</source>
        <translation>Sunlight — regulated power operation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>我的待办</source>
        <translation>My to-do</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>制度</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>培训库：本库数据仅供培训演示，不是正式办件，不具法律效力。</source>
        <translation>Training database: demonstration data only, not real cases, no legal effect.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>登记新办件(&amp;N)…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>登记新办件（Ctrl+N）</source>
        <translation>Register a new case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>关于阳光办件(&amp;A)</source>
        <translation>&amp;About Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>用户：%1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>【培训库】</source>
        <translation>[Training]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>已登记办件 %1</source>
        <translation>Case %1 registered</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>关于阳光办件</source>
        <translation>About Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>阳光办件 %1
规范权力运行办件系统：受理、办理、时限、监督、报表。</source>
        <translation>Sunlight %1
Case handling for regulated power operation: acceptance, handling, time limits, supervision, reports.</translation>
    </message>
</context>
<context>
    <name>MaterialsEditor</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="233"/>
        <source>（必备）</source>
        <translation>(required)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="233"/>
        <source>（可选）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="241"/>
        <source>%1 收取情况</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="245"/>
        <source> 份</source>
        <translation> cop(ies)</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="246"/>
        <source>%1 份数</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="248"/>
        <source>如：缺少盖章页</source>
        <translation>e.g. the sealed page is missing</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="249"/>
        <source>%1 备注</source>
        <translation>%1 note</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="64"/>
        <source>集体决策会议</source>
        <translation>Collective decision meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="83"/>
        <source>登记会议</source>
        <translation>Register meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="86"/>
        <source>打印会议记录…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="104"/>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="108"/>
        <source>会议日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="110"/>
        <source>会议名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="114"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="116"/>
        <source>应到会人员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="116"/>
        <source>到会</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="116"/>
        <source>缺席原因</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="131"/>
        <source>应到会人员（勾选）</source>
        <translation>Members (tick)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="133"/>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="135"/>
        <source>研究具体办件时填写办件编号</source>
        <translation>Case number, when a case is discussed</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="136"/>
        <source>涉及办件</source>
        <translation>Case concerned</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="137"/>
        <source>人事事项（须三分之二以上应到会人员到会）</source>
        <translation>Personnel matter (two thirds of the members must attend)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="142"/>
        <source>其他记录</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="207"/>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="207"/>
        <source>参会人员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="207"/>
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="207"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="218"/>
        <source>不同意或缓议须说明理由</source>
        <translation>A reason is required for disagreement or deferral</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="219"/>
        <source>登记意见</source>
        <translation>Record opinion</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="224"/>
        <source>参会人员逐一表态，主持人最后表态（末位表态）。</source>
        <translation>Members state their opinions one by one; the chair speaks last.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="231"/>
        <source>会议决定的内容</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="232"/>
        <source>登记决定</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="234"/>
        <source>会议决定：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="331"/>
        <source>打印会议记录</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_dialog.py" line="333"/>
        <source>保存会议记录</source>
        <translation>Save minutes</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/notice_dialog.py" line="61"/>
        <source>发出督办通知</source>
        <translation>Send supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="63"/>
        <source>办件编号，多件以顿号或逗号分隔</source>
        <translation>Case numbers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="64"/>
        <source>督办办件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="66"/>
        <source>如：办件已亮红牌，超过法定时限未办结</source>
        <translation>e.g. red card: past the statutory limit and not completed</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="67"/>
        <source>督办事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="70"/>
        <source>整改要求</source>
        <translation>Required action</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="71"/>
        <source>承办处室应自收到之日起5个工作日内书面回复（效能监察办法第五条）。</source>
        <translation>The division replies in writing within 5 working days of receipt (efficiency supervision rules, art. 5).</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="75"/>
        <source>发出</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="78"/>
        <source>督办通知</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="95"/>
        <source>办理和整改情况</source>
        <translation>Handling and corrective action</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="97"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/notice_dialog.py" line="100"/>
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
        <location filename="../../ui/first_run.py" line="337"/>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="338"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../ui/user_admin.py" line="235"/>
        <source>重设密码 — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="242"/>
        <source>新密码 *：</source>
        <translation>New password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="243"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="247"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="248"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="258"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register_dialog.py" line="305"/>
        <source>登记新办件</source>
        <translation>Register new case</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="313"/>
        <source>输入事项编号、名称或拼音首字母查找，↓ 选择，回车确认</source>
        <translation>Find a matter by code, name or pinyin initials; ↓ to choose, Enter to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="323"/>
        <source>选定事项后，下方列出该事项的申请材料清单。</source>
        <translation>Once a matter is chosen, its list of application materials appears below.</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="331"/>
        <source>办理事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="339"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="344"/>
        <source>申请人名称</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="349"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="353"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="355"/>
        <source>手机或带区号的固定电话，如 0731-82212041</source>
        <translation>Mobile, or landline with area code, e.g. 0731-82212041</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="357"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="359"/>
        <source>通讯地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="362"/>
        <source>项目名称或申请事由</source>
        <translation>Project name or subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="363"/>
        <source>项目名称/事由</source>
        <translation>Project / subject</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="366"/>
        <source>申请材料</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="373"/>
        <source>保存登记</source>
        <translation>Save registration</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="375"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="379"/>
        <source>带 * 的为必填项。接收时间记为保存时刻，登记人为当前用户（首问负责）。</source>
        <translation>Fields marked * are required. The time received is when you save; you are recorded as the registering officer (first-contact responsibility).</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="388"/>
        <source>您没有可登记的事项：只有经办人可以登记本处室受理的依申请或依职权事项。</source>
        <translation>You have no matter to register: only handlers may register matters their division accepts.</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="459"/>
        <source>没有唯一匹配的事项，请从列表中选择（可输入编号、名称或拼音首字母）。</source>
        <translation>No single matter matches; choose one from the list (code, name or pinyin initials).</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="501"/>
        <source>公民身份号码：</source>
        <translation>Citizen ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="501"/>
        <source>统一社会信用代码：</source>
        <translation>Unified social credit code:</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="504"/>
        <source>18位</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="504"/>
        <source>，末位可为X</source>
        <translation>, the last may be X</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="506"/>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="506"/>
        <source>单位全称，与营业执照或登记证书一致</source>
        <translation>Full name of the organisation, as on its business licence or registration certificate</translation>
    </message>
    <message>
        <location filename="../../ui/register_dialog.py" line="554"/>
        <source>请选择办理事项（可输入编号、名称或拼音首字母查找）。</source>
        <translation>Choose the matter (find it by code, name or pinyin initials).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>设置 — 阳光办件</source>
        <translation>Settings — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>机关与文书</source>
        <translation>Agency and documents</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>办件规则</source>
        <translation>Case rules</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>更改语言后，重新启动阳光办件时生效。</source>
        <translation>A new language takes effect when Sunlight is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="113"/>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>%1（当前不可用）</source>
        <translation>%1 (not available now)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>默认打印机：</source>
        <translation>Default printer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>打印前先显示预览</source>
        <translation>Show a preview before printing</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source> 份</source>
        <translation> cop(ies)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="128"/>
        <source>默认份数：</source>
        <translation>Default copies:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="129"/>
        <source>双面打印</source>
        <translation>Print on both sides</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="137"/>
        <source>当前连接：%1</source>
        <translation>Current connection: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="144"/>
        <source>更改数据库连接后，重新启动阳光办件时生效。保存前请先点击“测试连接”。</source>
        <translation>A new database connection takes effect when Sunlight is restarted. Test the connection before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>机关名称 *：</source>
        <translation>Agency name *:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>机关简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156"/>
        <source>邮政编码：</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>网站：</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>投诉电话：</source>
        <translation>Complaint phone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="183"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="184"/>
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="189"/>
        <source>闲置锁定：</source>
        <translation>Lock when idle:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>红牌</source>
        <translation>red card</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>黄牌</source>
        <translation>yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>剩余不超过 %1 个工作日或已用时限达到 %2% 时亮黄牌；超过承诺时限亮%3；超过法定时限一律亮红牌。</source>
        <translation>Yellow card at %1 working day(s) or fewer left, or %2% of the limit used; past the promised limit: %3; past the statutory limit: always red card.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="203"/>
        <source>黄牌红牌默认规则：</source>
        <translation>Default card rules:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="206"/>
        <source>默认规则在制度目录 BZ-03《限时办结制度》的参数中维护，各事项可另行规定；修改请导入新版本制度目录。</source>
        <translation>The default rules are kept in catalogue regulation BZ-03 (time-limited completion); matters may set their own. To change them, import a new catalogue version.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <source>这些设置对全单位有效，只有系统管理员可以修改。</source>
        <translation>These settings apply to the whole agency; only an administrator can change them.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="236"/>
        <source>请填写机关名称。</source>
        <translation>Please enter the agency name.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="246"/>
        <source>新的数据库连接无法使用，未保存。请修改后重新测试连接。</source>
        <translation>The new database connection does not work and was not saved. Correct it and test again.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="267"/>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="268"/>
        <source>语言或数据库连接的更改将在重新启动阳光办件后生效。</source>
        <translation>Changes to the language or the database connection take effect when Sunlight is restarted.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="43"/>
        <source>机关名称 *：</source>
        <translation>Agency name *:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="44"/>
        <source>机关简称：</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="45"/>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>联系电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
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
        <location filename="../../ui/supervision_dashboard.py" line="154"/>
        <source>监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="165"/>
        <source>登记投诉…</source>
        <translation>Register complaint…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="167"/>
        <source>发出督办…</source>
        <translation>Send supervision notice…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="169"/>
        <source>登记会议…</source>
        <translation>Register meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="179"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="195"/>
        <source>双击数字查看该处室的办件</source>
        <translation>Double-click a number to see that division&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="198"/>
        <source>各处室</source>
        <translation>By division</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="204"/>
        <source>黄牌</source>
        <translation>yellow card</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="205"/>
        <source>红牌</source>
        <translation>red card</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="212"/>
        <source>暂停超期</source>
        <translation>Suspensions overdue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="213"/>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="214"/>
        <source>督办通知</source>
        <translation>Supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="215"/>
        <source>责任追究</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="251"/>
        <source>调查与办结…</source>
        <translation>Investigate and close…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="272"/>
        <source>查看…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="274"/>
        <source>打印督办通知书…</source>
        <translation>Print supervision notice…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="293"/>
        <source>不予追究…</source>
        <translation>Do not pursue…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="295"/>
        <source>须书面写明理由，记入审计日志</source>
        <translation>A written reason is required; it goes to the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="329"/>
        <source>范围：全委各处室</source>
        <translation>Scope: all divisions</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="332"/>
        <source>范围：%1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="334"/>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="371"/>
        <source>黄牌（%1）</source>
        <translation>Yellow (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="372"/>
        <source>红牌（%1）</source>
        <translation>Red (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="373"/>
        <source>暂停超期（%1）</source>
        <translation>Suspensions overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="374"/>
        <source>投诉（%1）</source>
        <translation>Complaints (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="375"/>
        <source>督办通知（%1）</source>
        <translation>Supervision notices (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="376"/>
        <source>责任追究（%1）</source>
        <translation>Accountability (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="377"/>
        <source>当前范围内没有在办事项。</source>
        <translation>Nothing open in this scope.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="402"/>
        <source>双击查看这些办件</source>
        <translation>Double-click to see these cases</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="549"/>
        <source>打印督办通知书</source>
        <translation>Print supervision notice</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="549"/>
        <source>请先在列表中选择一份督办通知。</source>
        <translation>Choose a supervision notice in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="565"/>
        <location filename="../../ui/supervision_dashboard.py" line="570"/>
        <location filename="../../ui/supervision_dashboard.py" line="581"/>
        <source>不予追究</source>
        <translation>Do not pursue</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="565"/>
        <source>请先在列表中选择一个责任追究事项。</source>
        <translation>Choose an accountability item in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision_dashboard.py" line="571"/>
        <source>第 %1 号事项（%2）不予追究的理由（必填，记入审计日志）：</source>
        <translation>Reason for not pursuing item %1 (%2) (required, goes to the audit trail):</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <location filename="../../ui/todo_page.py" line="42"/>
        <source>我的待办</source>
        <translation>My to-do</translation>
    </message>
    <message>
        <location filename="../../ui/todo_page.py" line="49"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/todo_page.py" line="57"/>
        <source>没有待办事项</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location filename="../../ui/todo_page.py" line="62"/>
        <source>需要您办理的办件（含您作为AB岗后备人员代办的）会显示在这里。</source>
        <translation>Cases waiting for you (including those you handle as an A/B backup) appear here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/todo_page.py" line="115"/>
        <source>共 %n 件</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/todo_page.py" line="119"/>
        <source>黄牌 %n 件</source>
        <translation>
            <numerusform>%n yellow card</numerusform>
            <numerusform>%n yellow cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/todo_page.py" line="121"/>
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
        <location filename="../../ui/idle_lock.py" line="42"/>
        <source>界面已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="44"/>
        <source>长时间未操作，界面已锁定。%1（%2），请输入密码解锁。</source>
        <translation>Locked after a period without activity. %1 (%2), enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="53"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="57"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/idle_lock.py" line="58"/>
        <source>退出程序</source>
        <translation>Quit Sunlight</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="355"/>
        <source>数据库需要升级 — 阳光办件</source>
        <translation>Database upgrade needed — Sunlight</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="360"/>
        <source>升级后，仍在使用旧版本阳光办件的工作站将不能再写入该数据库，请先为所有工作站安装新版本。升级前请确认已备份数据库。只有系统管理员可以执行升级：请输入系统管理员的登录名和密码。</source>
        <translation>After the upgrade, desks still running an older Sunlight can no longer write to this database: install the new version on every desk first. Make sure the database is backed up. Only a system administrator may upgrade: enter an administrator&apos;s login and password.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="370"/>
        <source>管理员登录名：</source>
        <translation>Administrator login:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="371"/>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="375"/>
        <source>升级数据库</source>
        <translation>Upgrade database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="376"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="387"/>
        <source>登录名或密码不正确，或该用户不是系统管理员。</source>
        <translation>Wrong login or password, or the user is not an administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="391"/>
        <source>正在升级数据库，请稍候…</source>
        <translation>Upgrading the database, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="396"/>
        <source>升级失败：%1</source>
        <translation>Upgrade failed: %1</translation>
    </message>
</context>
<context>
    <name>UserAdminWidget</name>
    <message>
        <location filename="../../ui/user_admin.py" line="288"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="289"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="290"/>
        <location filename="../../ui/user_admin.py" line="335"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="291"/>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="292"/>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="335"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="339"/>
        <source>共 %1 个用户，在用 %2 个</source>
        <translation>%1 user(s), %2 active</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="369"/>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="379"/>
        <source>停用用户</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="380"/>
        <source>停用后“%1”将不能登录，其办理记录保留。确定停用吗？</source>
        <translation>&quot;%1&quot; will no longer be able to sign in; their records are kept. Disable?</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/user_admin.py" line="104"/>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="104"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="107"/>
        <source>英文字母、数字，例如 wangxm</source>
        <translation>Letters and digits, e.g. wangxm</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="110"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="129"/>
        <source>至少 8 位，含字母、数字、符号中的两类</source>
        <translation>At least 8 characters, from two of: letters, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="133"/>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="137"/>
        <source>外出（由后备人员代为办理其办件）</source>
        <translation>Away (the backup handles their cases)</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="156"/>
        <source>登录名 *：</source>
        <translation>Login *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="157"/>
        <source>姓名 *：</source>
        <translation>Name *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="158"/>
        <source>处室：</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="159"/>
        <source>角色 *：</source>
        <translation>Roles *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="161"/>
        <source>初始密码 *：</source>
        <translation>Initial password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="162"/>
        <source>确认密码 *：</source>
        <translation>Confirm password *:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="164"/>
        <source>AB岗后备人员：</source>
        <translation>A/B backup:</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="170"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="171"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/user_admin.py" line="194"/>
        <source>两次输入的密码不一致。</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
</TS>
