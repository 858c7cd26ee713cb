<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server %1. Check the address and your network connection (%2).</source>
        <translation>无法连接服务器 %1。请检查地址和网络连接（%2）。</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time. Try again in a moment.</source>
        <translation>服务器 %1 响应超时，请稍后重试。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server&apos;s certificate.</source>
        <translation>与 %1 的安全连接失败：%2。请检查地址（https:// 或 http://）以及服务器证书。</translation>
    </message>
    <message>
        <source>The answer from %1 was not understood; is this a NextEvent server? (%2)</source>
        <translation>无法识别 %1 的响应，这是 NextEvent 服务器吗？（%2）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The server rejected the input: %1</source>
        <translation>服务器拒绝了输入：%1</translation>
    </message>
    <message>
        <source>Please correct the following:
%1</source>
        <translation>请更正以下内容：
%1</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>您的账号无权执行此操作。</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have deleted it.</source>
        <translation>该项已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>It was changed in the meantime: %1</source>
        <translation>该项已被他人修改：%1</translation>
    </message>
    <message>
        <source>That is too large for the server.</source>
        <translation>内容过大，服务器无法接受。</translation>
    </message>
    <message>
        <source>Too many requests; wait a moment and try again.</source>
        <translation>请求过于频繁，请稍候再试。</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable; try again shortly.</source>
        <translation>服务器暂时不可用，请稍后重试。</translation>
    </message>
    <message>
        <source>The server had an internal problem.</source>
        <translation>服务器内部出错。</translation>
    </message>
    <message>
        <source>The server had an internal problem (request %1). Tell your administrator.</source>
        <translation>服务器内部出错（请求 %1），请联系管理员。</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>contains invalid characters</source>
        <translation>包含无效字符</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>必须晚于开始时间</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>只能包含字母、数字、“-”和“_”</translation>
    </message>
    <message>
        <source>may contain only digits, spaces and + - ( )</source>
        <translation>只能包含数字、空格和 + - ( )</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Interaction code</source>
        <translation>互动码</translation>
    </message>
    <message>
        <source>Scan message</source>
        <translation>扫码回复</translation>
    </message>
    <message>
        <source>Auto reply</source>
        <translation>自动回复</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Add attendee</source>
        <translation>添加参会者</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Unlimited</source>
        <translation>不限(&amp;U)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Interaction code:</source>
        <translation>互动码(&amp;I)：</translation>
    </message>
    <message>
        <source>The WeChat QR scene string: letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>微信二维码场景值：字母、数字、“-”和“_”</translation>
    </message>
    <message>
        <source>Scan &amp;message:</source>
        <translation>扫码回复(&amp;M)：</translation>
    </message>
    <message>
        <source>The reply a WeChat user gets after scanning the event&apos;s QR code</source>
        <translation>微信用户扫描活动二维码后收到的回复</translation>
    </message>
    <message>
        <source>&amp;Auto reply:</source>
        <translation>自动回复(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to NextEvent</source>
        <translation>登录 NextEvent</translation>
    </message>
    <message>
        <source>Sign in with your NextEvent staff account.</source>
        <translation>请使用 NextEvent 工作人员账号登录。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>The address of the NextEvent server, e.g. https://events.example.org</source>
        <translation>NextEvent 服务器地址，例如 https://events.example.org</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>attendee</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Start (doors open)</source>
        <translation>开始（开始入场）</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>取消活动</translation>
    </message>
</context>
<context>
    <name>nextevent::console::ApiClient</name>
    <message>
        <source>HTTP %1, %2 bytes</source>
        <translation>HTTP %1，%2 字节</translation>
    </message>
    <message>
        <source>no tokens in the sign-in answer</source>
        <translation>登录响应中没有令牌</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>no tokens in the refresh answer</source>
        <translation>刷新响应中没有令牌</translation>
    </message>
</context>
<context>
    <name>nextevent::console::AttendeeDialog</name>
    <message>
        <source>Add attendee – %1</source>
        <translation>添加参会者 – %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>nextevent::console::AttendeeListModel</name>
    <message>
        <source>(WeChat user)</source>
        <translation>（微信用户）</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>签到人</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>票码</translation>
    </message>
</context>
<context>
    <name>nextevent::console::AttendeesPanel</name>
    <message>
        <source>Add &amp;attendee…</source>
        <translation>添加参会者(&amp;A)…</translation>
    </message>
    <message>
        <source>Cancel &amp;registration</source>
        <translation>取消报名(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Search by name, phone or code</source>
        <translation>按姓名、电话或票码搜索</translation>
    </message>
    <message>
        <source>Search attendees</source>
        <translation>搜索参会者</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Filter by registration status</source>
        <translation>按报名状态筛选</translation>
    </message>
    <message>
        <source>Could not load attendees: %1</source>
        <translation>无法加载参会者：%1</translation>
    </message>
    <message>
        <source>Registration is open only while the event is published or active.</source>
        <translation>仅在活动已发布或进行中时可以报名。</translation>
    </message>
    <message>
        <source>%1 is on the waitlist at position %2.</source>
        <translation>%1 已进入候补，排第 %2 位。</translation>
    </message>
    <message>
        <source>%1 is registered; ticket code %2.</source>
        <translation>%1 已报名，票码 %2。</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Cancel the registration of %1? The first person on the waitlist moves up.</source>
        <translation>要取消 %1 的报名吗？候补名单中的第一位将递补。</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>无法取消 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled the registration of %1.</source>
        <translation>已取消 %1 的报名。</translation>
    </message>
    <message>
        <source>-attendees.csv</source>
        <translation>-参会者.csv</translation>
    </message>
    <message>
        <source>Export attendees</source>
        <translation>导出参会者</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Downloading the attendee list…</source>
        <translation>正在下载参会者名单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Downloading the attendee list… %1 KB</source>
        <translation>正在下载参会者名单… %1 KB</translation>
    </message>
    <message>
        <source>Saved the attendee list to %1.</source>
        <translation>参会者名单已保存到 %1。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>nextevent::console::CheckInPanel</name>
    <message>
        <source>(WeChat user)</source>
        <translation>（微信用户）</translation>
    </message>
    <message>
        <source>Check in &amp;selected</source>
        <translation>为所选签到(&amp;S)</translation>
    </message>
    <message>
        <source>Scan or type the ticket code, then press Enter</source>
        <translation>扫描或输入票码，然后按回车</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>票码</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>签到结果</translation>
    </message>
    <message>
        <source>No ticket? Search by name or phone (2+ characters)</source>
        <translation>没有票？按姓名或电话搜索（至少 2 个字符）</translation>
    </message>
    <message>
        <source>Search attendee</source>
        <translation>搜索参会者</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>最近签到</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>最近：</translation>
    </message>
    <message>
        <source>Select an event.</source>
        <translation>请选择活动。</translation>
    </message>
    <message>
        <source>Check-in for %1</source>
        <translation>%1 签到</translation>
    </message>
    <message>
        <source>%1 is %2: check-in is open only while the event is published or active.</source>
        <translation>%1 当前为“%2”：仅在活动已发布或进行中时可以签到。</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>可以扫码</translation>
    </message>
    <message>
        <source>Checked in: %1 of %2 registered</source>
        <translation>已签到：%1 / 已报名 %2</translation>
    </message>
    <message>
        <source>Check-in is closed for this event.</source>
        <translation>该活动的签到已关闭。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在核验 %1…</translation>
    </message>
    <message>
        <source>Already checked in at %1
%2</source>
        <translation>已于 %1 签到
%2</translation>
    </message>
    <message>
        <source>%1  %2 – already checked in (%3)</source>
        <translation>%1  %2 – 重复签到（%3）</translation>
    </message>
    <message>
        <source>✓ Checked in
%1</source>
        <translation>✓ 签到成功
%1</translation>
    </message>
    <message>
        <source>%1  %2 – checked in</source>
        <translation>%1  %2 – 已签到</translation>
    </message>
    <message>
        <source>Wrong event
This ticket is for another event.</source>
        <translation>活动不符
此票属于其他活动。</translation>
    </message>
    <message>
        <source>Unknown code
%1 is not a ticket of this event.</source>
        <translation>未知票码
%1 不是本活动的票。</translation>
    </message>
    <message>
        <source>Registration cancelled
This ticket is no longer valid.</source>
        <translation>报名已取消
此票已失效。</translation>
    </message>
    <message>
        <source>Still on the waitlist
This person has no seat yet.</source>
        <translation>仍在候补
此人尚未获得名额。</translation>
    </message>
    <message>
        <source>%1  %2 – refused</source>
        <translation>%1  %2 – 被拒绝</translation>
    </message>
    <message>
        <source>%1 has no ticket code.</source>
        <translation>%1 没有票码。</translation>
    </message>
    <message>
        <source>%1 is %2, not registered.</source>
        <translation>%1 的状态是“%2”，不是已报名。</translation>
    </message>
</context>
<context>
    <name>nextevent::console::ConsoleController</name>
    <message>
        <source>Your session has ended. Sign in again to continue; nothing on screen is lost.</source>
        <translation>会话已结束。请重新登录以继续，屏幕上的内容不会丢失。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account may not sign in (it is disabled or has no staff role).</source>
        <translation>此账号无法登录（已停用或没有工作人员角色）。</translation>
    </message>
</context>
<context>
    <name>nextevent::console::EventDialog</name>
    <message>
        <source>What the event is called</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>optional, e.g. spring-meetup</source>
        <translation>可选，例如 spring-meetup</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit event – %1</source>
        <translation>编辑活动 – %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
</context>
<context>
    <name>nextevent::console::EventListModel</name>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
</context>
<context>
    <name>nextevent::console::EventsPage</name>
    <message>
        <source>&amp;New event</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation>二维码(&amp;Q)</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>搜索活动（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索活动</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Create an event (Ctrl+N)</source>
        <translation>新建活动（Ctrl+N）</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>更改状态(&amp;S)</translation>
    </message>
    <message>
        <source>Make, export and print the event&apos;s QR code</source>
        <translation>生成、导出并打印活动二维码</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>参会者(&amp;A)</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>无法加载活动：%1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 registered, %4 waitlisted, %5 checked in (capacity %6)</source>
        <translation>%1 · %2 · 已报名 %3，候补 %4，已签到 %5（容量 %6）</translation>
    </message>
    <message>
        <source>Select an event to see its attendees and check-in desk.</source>
        <translation>选择一个活动以查看参会者和签到台。</translation>
    </message>
    <message>
        <source>A %1 event cannot change its status any more.</source>
        <translation>“%1”状态的活动不能再更改状态。</translation>
    </message>
    <message>
        <source>Move the event along its lifecycle</source>
        <translation>推进活动的生命周期</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>已创建“%1”。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>The event was changed</source>
        <translation>活动已被修改</translation>
    </message>
    <message>
        <source>Someone else saved “%1” after you opened it, so your changes were not saved.</source>
        <translation>在您打开“%1”之后，其他人保存了它，因此您的修改未保存。</translation>
    </message>
    <message>
        <source>Reload shows the current version (your edits in this form are replaced). Overwrite saves your version over theirs. Keep editing does nothing yet.</source>
        <translation>“重新加载”显示当前版本（表单中的修改将被替换）。“覆盖”用您的版本覆盖他人的修改。“继续编辑”暂不做任何操作。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>Reloaded the current version.</source>
        <translation>已重新加载当前版本。</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete “%1”? Its registrations and check-ins go with it.</source>
        <translation>要删除“%1”吗？其报名和签到记录将一并删除。</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Cancel “%1”? This cannot be undone; registered people keep their tickets but cannot check in.</source>
        <translation>要取消“%1”吗？此操作无法撤销；已报名者保留票据但无法签到。</translation>
    </message>
    <message>
        <source>“%1” could not become %2: it was changed in the meantime. The list has been reloaded; check its status and try again.</source>
        <translation>“%1”无法变为“%2”：它已被他人修改。列表已重新加载，请检查其状态后重试。</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>“%1”现在是“%2”。</translation>
    </message>
</context>
<context>
    <name>nextevent::console::MainWindow</name>
    <message>
        <source>NextEvent Console</source>
        <translation>NextEvent 控制台</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Nothing to create on this page.</source>
        <translation>此页面没有可新建的内容。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>新语言将在下次启动控制台时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About NextEvent Console</source>
        <translation>关于 NextEvent 控制台(&amp;A)</translation>
    </message>
    <message>
        <source>About NextEvent Console</source>
        <translation>关于 NextEvent 控制台</translation>
    </message>
    <message>
        <source>NextEvent Console %1
Events, attendees, check-in and QR codes for WeChat audiences.</source>
        <translation>NextEvent 控制台 %1
面向微信用户的活动、参会者、签到和二维码管理。</translation>
    </message>
    <message>
        <source>● Connected to %1 as %2</source>
        <translation>● 已连接 %1，用户 %2</translation>
    </message>
    <message>
        <source>● Offline: cannot reach %1, retrying…</source>
        <translation>● 离线：无法连接 %1，正在重试…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
</context>
<context>
    <name>nextevent::console::PagingBar</name>
    <message>
        <source>First</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation>上一页（Alt+←）</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation>下一页（Alt+→）</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>每页 %1 条</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>每页行数</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n item(s)</source>
        <translation>
            <numerusform>第 %1 / %2 页 · 共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>（加载中…）</translation>
    </message>
</context>
<context>
    <name>nextevent::console::QrCodePage</name>
    <message>
        <source>&amp;Make QR code</source>
        <translation>生成二维码(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>导出 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Print sheet as P&amp;DF…</source>
        <translation>打印页导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Find an event (Ctrl+F)</source>
        <translation>查找活动（Ctrl+F）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>QR code preview</source>
        <translation>二维码预览</translation>
    </message>
    <message>
        <source>Encoded text</source>
        <translation>编码内容</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>导出尺寸</translation>
    </message>
    <message>
        <source>Encoded text:</source>
        <translation>编码内容：</translation>
    </message>
    <message>
        <source>Export size:</source>
        <translation>导出尺寸：</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Print sheet as PDF</source>
        <translation>打印页导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Could not load events: %1</source>
        <translation>无法加载活动：%1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Asking the server for the event&apos;s QR code…</source>
        <translation>正在向服务器请求活动二维码…</translation>
    </message>
    <message>
        <source>Made by the server.</source>
        <translation>由服务器生成。</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>有效期至 %1。</translation>
    </message>
    <message>
        <source>the server has no QR code service for events</source>
        <translation>服务器不提供活动二维码服务</translation>
    </message>
    <message>
        <source>Made here from the event&apos;s page address, because %1.</source>
        <translation>已根据活动页面地址在本机生成，原因：%1。</translation>
    </message>
    <message>
        <source>This text is too long for a QR code.</source>
        <translation>内容过长，无法生成二维码。</translation>
    </message>
    <message>
        <source>QR code ready.</source>
        <translation>二维码已就绪。</translation>
    </message>
    <message>
        <source>Press “Make QR code” to create the event&apos;s code.</source>
        <translation>点击“生成二维码”为活动创建二维码。</translation>
    </message>
    <message>
        <source>Choose an event to make its QR code.</source>
        <translation>选择一个活动以生成二维码。</translation>
    </message>
    <message>
        <source>qr-code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Print QR code</source>
        <translation>打印二维码</translation>
    </message>
    <message>
        <source>Scan with WeChat to open the event.</source>
        <translation>用微信扫码打开活动页面。</translation>
    </message>
</context>
<context>
    <name>nextevent::console::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>https://events.example.org</source>
        <translation>https://events.example.org</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://events.example.org or 127.0.0.1:8080.</source>
        <translation>请输入服务器地址，例如 https://events.example.org 或 127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
</TS>
