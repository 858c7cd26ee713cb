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
            <source>The secure connection to %1 failed: %2. Check the address (https:// or http://) and the server's certificate.</source>
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
            <source>The server has no room left to store this. Tell your administrator.</source>
            <translation>服务器已没有空间保存它，请联系管理员。</translation>
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
            <source>must be after the start</source>
            <translation>必须晚于开始时间</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>不能为负数</translation>
        </message>
        <message>
            <source>may contain only letters, digits, '-' and '_'</source>
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
        <message>
            <source>must be 5 or 10</source>
            <translation>必须为 5 或 10</translation>
        </message>
        <message>
            <source>must be between 1 and the number of options</source>
            <translation>必须在 1 到选项数之间</translation>
        </message>
        <message>
            <source>must be a valid e-mail address</source>
            <translation>必须是有效的电子邮件地址</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <source>Maximum length</source>
            <translation>最大长度</translation>
        </message>
        <message>
            <source>Maximum selections</source>
            <translation>最多可选</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>is not valid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>must be at least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <source>needs at least %1 options</source>
            <translation>至少需要 %1 个选项</translation>
        </message>
        <message>
            <source>is too short</source>
            <translation>太短</translation>
        </message>
        <message>
            <source>is too long</source>
            <translation>太长</translation>
        </message>
        <message>
            <source>is out of range</source>
            <translation>超出允许范围</translation>
        </message>
        <message>
            <source>may contain only letters, digits, '.', '_' and '-'</source>
            <translation>只能包含字母、数字、“.”、“_”和“-”</translation>
        </message>
        <message>
            <source>is not in a valid format</source>
            <translation>格式不正确</translation>
        </message>
        <message>
            <source>is not one of the allowed choices</source>
            <translation>不是允许的选项</translation>
        </message>
        <message>
            <source>may have at most %1 questions</source>
            <translation>最多 %1 道题</translation>
        </message>
        <message>
            <source>may have at most %1 options</source>
            <translation>最多 %1 个选项</translation>
        </message>
        <message>
            <source>has too many entries</source>
            <translation>数量过多</translation>
        </message>
        <message>
            <source>is already taken</source>
            <translation>已被占用</translation>
        </message>
        <message>
            <source>is already used by another event</source>
            <translation>已被其他活动使用</translation>
        </message>
        <message>
            <source>is used twice</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>cannot be reached from the current status</source>
            <translation>无法从当前状态变更为该状态</translation>
        </message>
        <message>
            <source>is not allowed here</source>
            <translation>此处不允许</translation>
        </message>
        <message>
            <source>came after the time limit</source>
            <translation>超过了时间限制</translation>
        </message>
        <message>
            <source>is not the current question</source>
            <translation>不是当前题目</translation>
        </message>
        <message>
            <source>is banned at this event</source>
            <translation>已被禁止在本活动发言</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Largest party</source>
            <translation>每单最多人数</translation>
        </message>
        <message>
            <source>Party size</source>
            <translation>同行人数</translation>
        </message>
        <message>
            <source>Offer hold time</source>
            <translation>名额保留时长</translation>
        </message>
        <message>
            <source>Audience questions</source>
            <translation>观众提问</translation>
        </message>
        <message>
            <source>Message wall</source>
            <translation>弹幕墙</translation>
        </message>
        <message>
            <source>Profanity filter</source>
            <translation>敏感词过滤</translation>
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
        <message>
            <source>Party &amp;size:</source>
            <translation>同行人数(&amp;S)：</translation>
        </message>
        <message>
            <source>How many places this registration takes</source>
            <translation>这次报名占用的名额数</translation>
        </message>
    </context>
    <context>
        <name>BadgeRenderer</name>
        <message>
            <source>A6 card (105 × 148 mm)</source>
            <translation>A6 卡片（105 × 148 毫米）</translation>
        </message>
        <message>
            <source>Label 90 × 54 mm (one per page)</source>
            <translation>90 × 54 毫米标签（每页一张）</translation>
        </message>
        <message>
            <source>A4 sheet of 10 labels 90 × 54 mm</source>
            <translation>A4 整页 10 张 90 × 54 毫米标签</translation>
        </message>
        <message>
            <source>No badges to write.</source>
            <translation>没有要输出的胸卡。</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>胸卡</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>DrawRecord</name>
        <message>
            <source>Checked-in attendees</source>
            <translation>已签到的参会者</translation>
        </message>
        <message>
            <source>Registered attendees</source>
            <translation>已报名的参会者</translation>
        </message>
        <message>
            <source>Attendees who answered a survey</source>
            <translation>填写了问卷的参会者</translation>
        </message>
        <message>
            <source>Draw record: %1</source>
            <translation>抽奖记录：%1</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>抽奖池</translation>
        </message>
        <message>
            <source>%1, %2 people</source>
            <translation>%1，%2 人</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>问卷</translation>
        </message>
        <message>
            <source>Winners asked for</source>
            <translation>计划中奖人数</translation>
        </message>
        <message>
            <source>Earlier winners left out</source>
            <translation>排除此前中奖者</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Pool hash (SHA-256)</source>
            <translation>抽奖池哈希（SHA-256）</translation>
        </message>
        <message>
            <source>Commitment (SHA-256 of the seed)</source>
            <translation>承诺值（种子的 SHA-256）</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>secret until the draw runs</source>
            <translation>开奖前保密</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>创建人</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>开奖时间</translation>
        </message>
        <message>
            <source>Picks made</source>
            <translation>已抽取次数</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>中奖者</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>Attendee id</source>
            <translation>参会者 ID</translation>
        </message>
        <message>
            <source>Replaced (absent) winners</source>
            <translation>被替换（缺席）的中奖者</translation>
        </message>
        <message>
            <source>Replaced at</source>
            <translation>替换时间</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>Verified: the seed matches the commitment, the pool matches its hash, and every winner was recomputed.</source>
            <translation>验证通过：种子与承诺值一致，抽奖池与其哈希一致，每位中奖者均已重新计算核对。</translation>
        </message>
        <message>
            <source>Not verified:</source>
            <translation>验证未通过：</translation>
        </message>
        <message>
            <source>Anyone can check this draw: GET /v2/draws/%1 and /v2/draws/%1/pool; pick k takes the id at index u64be(HMAC-SHA256(seed, poolHash + ":" + k)[0..8]) mod remaining from the sorted ids not yet picked.</source>
            <translation>任何人都可以核验本次抽奖：GET /v2/draws/%1 与 /v2/draws/%1/pool；第 k 次抽取从尚未抽中的已排序 ID 中取下标为 u64be(HMAC-SHA256(seed, poolHash + ":" + k)[0..8]) mod 剩余人数 的 ID。</translation>
        </message>
        <message>
            <source>Exported by %1 on %2</source>
            <translation>由 %1 于 %2 导出</translation>
        </message>
    </context>
    <context>
        <name>DrawVerification</name>
        <message>
            <source>The draw has not run yet: its seed is still secret.</source>
            <translation>尚未开奖：种子仍然保密。</translation>
        </message>
        <message>
            <source>The revealed seed is not 32 bytes of hex.</source>
            <translation>公布的种子不是 32 字节的十六进制数。</translation>
        </message>
        <message>
            <source>The seed does not match the commitment published before the run.</source>
            <translation>种子与开奖前公布的承诺值不一致。</translation>
        </message>
        <message>
            <source>The pool list does not match the pool hash published at creation.</source>
            <translation>抽奖池名单与创建时公布的哈希不一致。</translation>
        </message>
        <message>
            <source>The pool list has %1 ids; the draw says %2.</source>
            <translation>抽奖池名单有 %1 个 ID，抽奖记录写的是 %2 个。</translation>
        </message>
        <message>
            <source>The draw lists %1 winners and replaced winners but says it made %2 picks.</source>
            <translation>抽奖记录列出 %1 位中奖者和被替换者，却写着抽取了 %2 次。</translation>
        </message>
        <message>
            <source>Round %1 is missing from the winners.</source>
            <translation>中奖名单缺少第 %1 轮。</translation>
        </message>
        <message>
            <source>Round %1: the server named %2, the recomputation gives %3.</source>
            <translation>第 %1 轮：服务器给出 %2，重新计算得到 %3。</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>无人</translation>
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
            <source>The WeChat QR scene string: letters, digits, '-' and '_'</source>
            <translation>微信二维码场景值：字母、数字、“-”和“_”</translation>
        </message>
        <message>
            <source>Scan &amp;message:</source>
            <translation>扫码回复(&amp;M)：</translation>
        </message>
        <message>
            <source>The reply a WeChat user gets after scanning the event's QR code</source>
            <translation>微信用户扫描活动二维码后收到的回复</translation>
        </message>
        <message>
            <source>&amp;Auto reply:</source>
            <translation>自动回复(&amp;A)：</translation>
        </message>
        <message>
            <source>Ge&amp;neral</source>
            <translation>基本信息(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Registration</source>
            <translation>报名(&amp;R)</translation>
        </message>
        <message>
            <source>New registrations wait for &amp;approval</source>
            <translation>新报名需审核通过(&amp;A)</translation>
        </message>
        <message>
            <source>Staff approve or reject each registration before it takes a place</source>
            <translation>每个报名须经工作人员通过或拒绝后才占用名额</translation>
        </message>
        <message>
            <source>Largest &amp;party:</source>
            <translation>每单最多人数(&amp;P)：</translation>
        </message>
        <message>
            <source>How many places one registration may take (1: each person registers alone)</source>
            <translation>一次报名最多可占几个名额（1：每人单独报名）</translation>
        </message>
        <message>
            <source>Hold an offered place &amp;for:</source>
            <translation>候补名额保留(&amp;F)：</translation>
        </message>
        <message>
            <source>When a place opens, the first waiting party that fits has this long to accept it</source>
            <translation>有名额空出时，排在最前且人数合适的候补者有这么长时间确认</translation>
        </message>
        <message>
            <source>&amp;WeChat</source>
            <translation>微信(&amp;W)</translation>
        </message>
        <message>
            <source>Li&amp;ve interaction</source>
            <translation>现场互动(&amp;V)</translation>
        </message>
        <message>
            <source>Audience &amp;questions:</source>
            <translation>观众提问(&amp;Q)：</translation>
        </message>
        <message>
            <source>Moderated first: shown after a moderator approves them</source>
            <translation>先审后发：审核通过后才显示</translation>
        </message>
        <message>
            <source>Shown at once: moderators may remove them</source>
            <translation>先发后审：立即显示，审核员可撤下</translation>
        </message>
        <message>
            <source>Message wa&amp;ll:</source>
            <translation>弹幕墙(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Hide posts with words from the profanity list</source>
            <translation>隐藏含敏感词的内容(&amp;H)</translation>
        </message>
        <message>
            <source>Matching questions, wall messages and words are kept for moderators but never shown to the audience</source>
            <translation>命中敏感词的提问、弹幕和词语只对审核员可见，从不向观众展示</translation>
        </message>
    </context>
    <context>
        <name>PdfPage</name>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
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
            <source>Awaiting approval</source>
            <translation>待审核</translation>
        </message>
        <message>
            <source>Place offered</source>
            <translation>名额待确认</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>未通过</translation>
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
        <name>SurveySummary</name>
        <message>
            <source>single choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <translation>多选</translation>
        </message>
        <message>
            <source>rating</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>free text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>word cloud</source>
            <translation>词云</translation>
        </message>
        <message>
            <source>quiz</source>
            <translation>测验</translation>
        </message>
        <message>
            <source>summary of %1</source>
            <translation>%1 的总结</translation>
        </message>
        <message>
            <source>mean %1</source>
            <translation>平均 %1</translation>
        </message>
        <message>
            <source>the answers are in the CSV export</source>
            <translation>文本回答见 CSV 导出</translation>
        </message>
        <message>
            <source>Top quiz scorers</source>
            <translation>测验得分榜</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 分</translation>
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
        <name>nextevent::console::ApprovalsPanel</name>
        <message>
            <source>Approve (A)</source>
            <translation>通过 (A)</translation>
        </message>
        <message>
            <source>Reject (R)…</source>
            <translation>拒绝 (R)…</translation>
        </message>
        <message>
            <source>Could not load the queue: %1</source>
            <translation>无法加载待审核列表：%1</translation>
        </message>
        <message>
            <source>Registrations awaiting approval</source>
            <translation>待审核的报名</translation>
        </message>
        <message>
            <source>Approve the selected registrations: they take a place, or join the waiting list when the event is full</source>
            <translation>通过所选报名：占用名额，活动已满时进入候补名单</translation>
        </message>
        <message>
            <source>Reject the selected registrations; WeChat users are told</source>
            <translation>拒绝所选报名；微信用户会收到通知</translation>
        </message>
        <message>
            <source>Select an event to see its registrations awaiting approval.</source>
            <translation>请选择活动以查看待审核的报名。</translation>
        </message>
        <message numerus="yes">
            <source>%n awaiting approval</source>
            <translation>
                <numerusform>%n 人待审核</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation>已占 %1/%2 个名额</translation>
        </message>
        <message>
            <source>%1 places taken</source>
            <translation>已占 %1 个名额</translation>
        </message>
        <message numerus="yes">
            <source>%n waitlisted</source>
            <translation>
                <numerusform>%n 人候补</numerusform>
            </translation>
        </message>
        <message>
            <source>approval is off: new registrations take a place at once</source>
            <translation>未开启审核：新报名直接占用名额</translation>
        </message>
        <message>
            <source>Reject registrations</source>
            <translation>拒绝报名</translation>
        </message>
        <message>
            <source>Reject the registration of %1?</source>
            <translation>拒绝 %1 的报名？</translation>
        </message>
        <message numerus="yes">
            <source>Reject %n registrations?</source>
            <translation>
                <numerusform>拒绝这 %n 个报名？</numerusform>
            </translation>
        </message>
        <message>
            <source>They get no place; WeChat users are told at once. This cannot be undone.</source>
            <translation>他们将不会获得名额；微信用户会立即收到通知。此操作无法撤销。</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>拒绝(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Keep waiting</source>
            <translation>暂不处理(&amp;K)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message numerus="yes">
            <source>Approved %n.</source>
            <translation>
                <numerusform>已通过 %n 人。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Rejected %n.</source>
            <translation>
                <numerusform>已拒绝 %n 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>未完成：%1</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ArticleEditor</name>
        <message>
            <source>One or two sentences shown in lists and when shared</source>
            <translation>一两句话，显示在列表中和分享时</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>正文段落</translation>
        </message>
        <message>
            <source>Heading 1</source>
            <translation>标题 1</translation>
        </message>
        <message>
            <source>Heading 2</source>
            <translation>标题 2</translation>
        </message>
        <message>
            <source>Heading 3</source>
            <translation>标题 3</translation>
        </message>
        <message>
            <source>Paragraph style</source>
            <translation>段落样式</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>粗体</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>斜体</translation>
        </message>
        <message>
            <source>• List</source>
            <translation>• 列表</translation>
        </message>
        <message>
            <source>1. List</source>
            <translation>1. 列表</translation>
        </message>
        <message>
            <source>Link…</source>
            <translation>链接…</translation>
        </message>
        <message>
            <source>Image…</source>
            <translation>图片…</translation>
        </message>
        <message>
            <source>Uploading image… %p%</source>
            <translation>正在上传图片… %p%</translation>
        </message>
        <message>
            <source>Write the article here. Drop or paste images to upload them.</source>
            <translation>在此撰写文章。拖入或粘贴图片即可上传。</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>摘要(&amp;U)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Preview (phone width)</source>
            <translation>预览（手机宽度）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>must be an http or https address</source>
            <translation>必须是 http 或 https 地址</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <source>Address (https://…)</source>
            <translation>地址（https://…）</translation>
        </message>
        <message>
            <source>Insert images</source>
            <translation>插入图片</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
        <message>
            <source>%1 is not an image the console can read</source>
            <translation>%1 不是控制台能读取的图片</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ArticleListModel</name>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>阅读量</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改时间</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ArticlesPage</name>
        <message>
            <source>&amp;New article</source>
            <translation>新建文章(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>Open mobile page</source>
            <translation>打开手机页面</translation>
        </message>
        <message>
            <source>Search articles (Ctrl+F)</source>
            <translation>搜索文章 (Ctrl+F)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Restore draft</source>
            <translation>恢复草稿</translation>
        </message>
        <message>
            <source>Discard draft</source>
            <translation>丢弃草稿</translation>
        </message>
        <message>
            <source>Delete article</source>
            <translation>删除文章</translation>
        </message>
        <message>
            <source>Article deleted.</source>
            <translation>文章已删除。</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Unsaved changes from %1 were kept on this computer.</source>
            <translation>%1 的未保存修改已保留在本机。</translation>
        </message>
        <message>
            <source>Draft restored; save to keep it.</source>
            <translation>草稿已恢复；保存后才会生效。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The article "%1" has unsaved changes. Save them first?</source>
            <translation>文章“%1”有未保存的修改。先保存吗？</translation>
        </message>
        <message>
            <source>Unpublish</source>
            <translation>取消发布</translation>
        </message>
        <message>
            <source>Choose an article, or write a new one.</source>
            <translation>请选择一篇文章，或新写一篇。</translation>
        </message>
        <message>
            <source>New article — not saved yet</source>
            <translation>新文章 — 尚未保存</translation>
        </message>
        <message numerus="yes">
            <source>Published %1 · %n view(s)</source>
            <translation>
                <numerusform>已于 %1 发布 · 阅读 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft — not visible to readers</source>
            <translation>草稿 — 读者不可见</translation>
        </message>
        <message>
            <source>Wait for the image uploads to finish, then save.</source>
            <translation>请等图片上传完成后再保存。</translation>
        </message>
        <message>
            <source>Article created.</source>
            <translation>文章已创建。</translation>
        </message>
        <message>
            <source>Article saved.</source>
            <translation>文章已保存。</translation>
        </message>
        <message>
            <source>Save the changes first, then publish.</source>
            <translation>请先保存修改，再发布。</translation>
        </message>
        <message>
            <source>Published: %1</source>
            <translation>已发布：%1</translation>
        </message>
        <message>
            <source>Unpublished.</source>
            <translation>已取消发布。</translation>
        </message>
        <message>
            <source>Delete the article “%1”?</source>
            <translation>删除文章“%1”？</translation>
        </message>
        <message>
            <source>Links to it, in WeChat menus and messages too, then lead nowhere. This cannot be undone.</source>
            <translation>指向它的链接（包括微信菜单和消息中的）将失效。此操作无法撤销。</translation>
        </message>
        <message>
            <source>&amp;Delete article</source>
            <translation>删除文章(&amp;D)</translation>
        </message>
        <message>
            <source>No articles yet. Articles are the news, agendas and guides attendees read on their phones, from WeChat menus and messages.</source>
            <translation>还没有文章。文章是参会者在手机上（从微信菜单和消息中）阅读的新闻、议程和指南。</translation>
        </message>
        <message>
            <source>&amp;Write the first article</source>
            <translation>写第一篇文章(&amp;W)</translation>
        </message>
        <message>
            <source>No articles yet.</source>
            <translation>还没有文章。</translation>
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
        <message>
            <source>Party</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
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
        <message>
            <source>Cancel the registration of %1?</source>
            <translation>取消 %1 的报名？</translation>
        </message>
        <message>
            <source>Their ticket stops working and the first person on the waitlist moves up.</source>
            <translation>其电子票将失效，候补名单第一位将递补。</translation>
        </message>
        <message>
            <source>&amp;Cancel registration</source>
            <translation>取消报名(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Keep registration</source>
            <translation>保留报名(&amp;K)</translation>
        </message>
        <message>
            <source>Filter which answers</source>
            <translation>筛选哪一项回答</translation>
        </message>
        <message>
            <source>Filter this page by answer</source>
            <translation>按回答筛选本页</translation>
        </message>
        <message>
            <source>Filter by answer</source>
            <translation>按回答筛选</translation>
        </message>
        <message>
            <source>All answers</source>
            <translation>全部回答</translation>
        </message>
        <message>
            <source>%1 awaits approval (see Approvals).</source>
            <translation>%1 的报名待审核（见“报名审核”）。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::AudienceListModel</name>
        <message>
            <source>⚑ FLAGGED</source>
            <translation>⚑ 已标记</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>待审</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>已回答</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>▲ %1</source>
            <translation>▲ %1</translation>
        </message>
        <message>
            <source>%1
From %2, %3</source>
            <translation>%1
来自 %2，%3</translation>
        </message>
        <message>
            <source>★ pinned</source>
            <translation>★ 置顶</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::BadgeDialog</name>
        <message>
            <source>Tick &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>Tick &amp;none</source>
            <translation>全不选(&amp;N)</translation>
        </message>
        <message>
            <source>Save as &amp;PDF…</source>
            <translation>另存为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Badges – %1</source>
            <translation>胸卡 – %1</translation>
        </message>
        <message>
            <source>Answers on the badge</source>
            <translation>胸卡上显示的报名信息</translation>
        </message>
        <message>
            <source>Attendees to print</source>
            <translation>要打印的参会者</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>版式(&amp;L)：</translation>
        </message>
        <message>
            <source>A&amp;nswers shown:</source>
            <translation>显示的报名信息(&amp;N)：</translation>
        </message>
        <message>
            <source>Registered attendees:</source>
            <translation>已报名的参会者：</translation>
        </message>
        <message>
            <source>Preparing badges: %1 of %2…</source>
            <translation>正在准备胸卡：%1 / %2…</translation>
        </message>
        <message>
            <source>Loading attendees…</source>
            <translation>正在加载参会者…</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>（微信用户）</translation>
        </message>
        <message>
            <source>Nobody is registered yet.</source>
            <translation>还没有人报名。</translation>
        </message>
        <message numerus="yes">
            <source>%n registered attendee(s).</source>
            <translation>
                <numerusform>已报名 %n 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick at least one attendee.</source>
            <translation>请至少勾选一位参会者。</translation>
        </message>
        <message>
            <source>Preparing badges…</source>
            <translation>正在准备胸卡…</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) saved to %1.</source>
            <translation>
                <numerusform>已将 %n 张胸卡保存到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save badges</source>
            <translation>保存胸卡</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) sent to the printer.</source>
            <translation>
                <numerusform>已将 %n 张胸卡发送到打印机。</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer refused the badges.</source>
            <translation>打印机未能打印这些胸卡。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::BadgeSource</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>（微信用户）</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::BanListModel</name>
        <message>
            <source>%1 — banned by %2, %3</source>
            <translation>%1 — 由 %2 封禁，%3</translation>
        </message>
        <message>
            <source>%1 — %2 (banned by %3, %4)</source>
            <translation>%1 — %2（由 %3 封禁，%4）</translation>
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
            <source>No ticket? Search by name or phone (3+ characters, or 2 Chinese)</source>
            <translation>没有票？按姓名或手机号搜索（至少 2 个汉字或 3 个字符）</translation>
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
            <source>%1  %2 – refused</source>
            <translation>%1  %2 – 被拒绝</translation>
        </message>
        <message>
            <source>%1 is %2, not registered.</source>
            <translation>%1 的状态是“%2”，不是已报名。</translation>
        </message>
        <message>
            <source>Waitlisted: %1
This person has no seat yet; do not let them in.</source>
            <translation>候补：%1
此人尚无座位，请勿放行。</translation>
        </message>
        <message>
            <source>%1  %2 – waitlisted, not let in</source>
            <translation>%1  %2 – 候补，未放行</translation>
        </message>
        <message>
            <source>Entry (F7)</source>
            <translation>入场 (F7)</translation>
        </message>
        <message>
            <source>Exit (F8)</source>
            <translation>离场 (F8)</translation>
        </message>
        <message>
            <source>&amp;Rapid mode (F9)</source>
            <translation>快速模式(&amp;R) (F9)</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>立即同步(&amp;Y)</translation>
        </message>
        <message>
            <source>Door de&amp;vices…</source>
            <translation>门口设备(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Badges…</source>
            <translation>胸卡(&amp;B)…</translation>
        </message>
        <message>
            <source>Offline scans the server did not take</source>
            <translation>服务器未接受的离线扫码</translation>
        </message>
        <message>
            <source>Occupancy</source>
            <translation>场内人数</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>入口</translation>
        </message>
        <message>
            <source>&amp;Gate:</source>
            <translation>入口(&amp;G)：</translation>
        </message>
        <message>
            <source>Each verdict clears after a moment, ready for the next person</source>
            <translation>每个结果显示片刻后自动清除，准备扫下一位</translation>
        </message>
        <message>
            <source>Desk connection</source>
            <translation>签到台连接状态</translation>
        </message>
        <message>
            <source>Upload the scans decided offline now</source>
            <translation>立即上传离线时判定的扫码</translation>
        </message>
        <message>
            <source>Pair, list and revoke the event's door devices</source>
            <translation>配对、查看和吊销本活动的门口设备</translation>
        </message>
        <message>
            <source>Print badges or save them as PDF (checks nobody in)</source>
            <translation>打印胸卡或保存为 PDF（不会为任何人签到）</translation>
        </message>
        <message>
            <source>Main entrance</source>
            <translation>主入口</translation>
        </message>
        <message>
            <source> (re-entry)</source>
            <translation>（可再次入场）</translation>
        </message>
        <message>
            <source> (confirm)</source>
            <translation>（需确认）</translation>
        </message>
        <message>
            <source>Inside now: %1</source>
            <translation>当前场内：%1 人</translation>
        </message>
        <message>
            <source>  ·  at %1: %2</source>
            <translation>  ·  %1：%2 人</translation>
        </message>
        <message>
            <source>  (this desk's count)</source>
            <translation>  （本签到台统计）</translation>
        </message>
        <message>
            <source>No offline copy: %1</source>
            <translation>无离线副本：%1</translation>
        </message>
        <message>
            <source>Confirm: %1
Enter admits, Esc cancels</source>
            <translation>请确认：%1
按 Enter 放行，按 Esc 取消</translation>
        </message>
        <message>
            <source>%1 – not confirmed, not let in</source>
            <translation>%1 – 未确认，未放行</translation>
        </message>
        <message>
            <source>Cancelled. Ready to scan</source>
            <translation>已取消。可以扫码</translation>
        </message>
        <message>
            <source>%1 – checked in</source>
            <translation>%1 – 已签到</translation>
        </message>
        <message>
            <source>Checked out
%1</source>
            <translation>已离场
%1</translation>
        </message>
        <message>
            <source>%1 – checked out</source>
            <translation>%1 – 已离场</translation>
        </message>
        <message>
            <source>Already checked in
%1 is inside already.</source>
            <translation>已签到
%1 已在场内。</translation>
        </message>
        <message>
            <source>%1 – already checked in</source>
            <translation>%1 – 已签到过</translation>
        </message>
        <message>
            <source>No re-entry
%1 left earlier; this gate does not allow re-entry.</source>
            <translation>不可再次入场
%1 之前已离场；此入口不允许再次入场。</translation>
        </message>
        <message>
            <source>%1 – re-entry refused</source>
            <translation>%1 – 拒绝再次入场</translation>
        </message>
        <message>
            <source>Not inside
%1 has not entered here, so cannot leave.</source>
            <translation>不在场内
%1 未从此入口入场，无法离场。</translation>
        </message>
        <message>
            <source>%1 – exit refused, not inside</source>
            <translation>%1 – 拒绝离场，不在场内</translation>
        </message>
        <message>
            <source>%1 – refused</source>
            <translation>%1 – 已拒绝</translation>
        </message>
        <message>
            <source>Forged ticket
Its signature is not this event's. Do not let them in.</source>
            <translation>伪造的票
签名不属于本活动。请勿放行。</translation>
        </message>
        <message>
            <source>%1 – forged ticket</source>
            <translation>%1 – 伪造的票</translation>
        </message>
        <message>
            <source>%1 – waitlisted, not let in</source>
            <translation>%1 – 候补中，未放行</translation>
        </message>
        <message>
            <source>Not admitted
%1: this registration does not admit anyone.</source>
            <translation>不能入场
%1：该报名不允许入场。</translation>
        </message>
        <message>
            <source>The scan could not be decided.</source>
            <translation>无法判定此次扫码。</translation>
        </message>
        <message>
            <source>%1 – not decided</source>
            <translation>%1 – 未判定</translation>
        </message>
        <message>
            <source>
(decided on this desk, offline)</source>
            <translation>
（离线，由本签到台判定）</translation>
        </message>
        <message>
            <source> (offline)</source>
            <translation>（离线）</translation>
        </message>
        <message>
            <source>C&amp;onflicts…</source>
            <translation>冲突(&amp;O)…</translation>
        </message>
        <message>
            <source>Tickets two devices let in while offline, as the server lists them</source>
            <translation>离线时被两台设备都放行的票（以服务器的列表为准）</translation>
        </message>
        <message>
            <source>C&amp;onflicts (%1)…</source>
            <translation>冲突 %1 条(&amp;O)…</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::CheckinConflictModel</name>
        <message>
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
        <message>
            <source>this desk</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Let in twice while offline: %1 had already admitted them, so the entry by %2 was not counted again</source>
            <translation>离线时被放行了两次：%1 已先放行此人，因此 %2 的这次入场没有重复计入</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>（微信用户）</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>扫码时间</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>入口</translation>
        </message>
        <message>
            <source>Devices (first → second)</source>
            <translation>设备（先 → 后）</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>发生了什么</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::CheckinConflictsDialog</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Check-in conflicts – %1</source>
            <translation>签到冲突 – %1</translation>
        </message>
        <message>
            <source>Check-in conflicts</source>
            <translation>签到冲突</translation>
        </message>
        <message>
            <source>Ask the server for the conflict list again (F5)</source>
            <translation>重新向服务器获取冲突列表（F5）</translation>
        </message>
        <message>
            <source>A conflict is a ticket that two devices let in while they were offline. The server counted the person once; check with the staff at both gates if the ticket may have been shared.</source>
            <translation>冲突是指同一张票在离线时被两台设备都放行了。服务器只把此人计入一次；如果怀疑这张票被他人共用，请与两个入口的工作人员核实。</translation>
        </message>
        <message>
            <source>The server could not be asked: %1</source>
            <translation>无法向服务器查询：%1</translation>
        </message>
        <message>
            <source>Asking the server…</source>
            <translation>正在向服务器查询…</translation>
        </message>
        <message>
            <source>No conflicts: no ticket was let in by two devices.</source>
            <translation>没有冲突：没有票被两台设备同时放行。</translation>
        </message>
        <message numerus="yes">
            <source>Tickets let in by two devices while offline: %n</source>
            <translation>
                <numerusform>离线时被两台设备都放行的票：%n 张</numerusform>
            </translation>
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
        <message>
            <source>This door device was revoked or has expired.</source>
            <translation>此门口设备已被吊销或已过期。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DashboardModel</name>
        <message>
            <source>Events today</source>
            <translation>今日活动</translation>
        </message>
        <message>
            <source>Registrations today</source>
            <translation>今日报名</translation>
        </message>
        <message>
            <source>Check-ins today</source>
            <translation>今日签到</translation>
        </message>
        <message>
            <source>Survey responses today</source>
            <translation>今日问卷答卷</translation>
        </message>
        <message>
            <source>Article views today</source>
            <translation>今日文章阅读</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DashboardPage</name>
        <message>
            <source>Today's events</source>
            <translation>今日活动</translation>
        </message>
        <message>
            <source>Activity in the last hour of</source>
            <translation>最近一小时的动态：</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>仪表盘</translation>
        </message>
        <message>
            <source>Today, %1 — updated %2</source>
            <translation>今天，%1 — 更新于 %2</translation>
        </message>
        <message>
            <source>%1 — %2, %3 registered, %4 checked in</source>
            <translation>%1 — %2，已报名 %3，已签到 %4</translation>
        </message>
        <message>
            <source>No events today.</source>
            <translation>今天没有活动。</translation>
        </message>
        <message>
            <source>Last hour: %1 registrations, %2 check-ins, %3 survey responses, %4 article views</source>
            <translation>最近一小时：报名 %1，签到 %2，问卷答卷 %3，文章阅读 %4</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorDesk</name>
        <message>
            <source>This door device was revoked or has expired; pair it again.</source>
            <translation>此门口设备已被吊销或已过期；请重新配对。</translation>
        </message>
        <message>
            <source>This desk has not received the event's signing key yet.</source>
            <translation>本签到台尚未收到活动的签名公钥。</translation>
        </message>
        <message>
            <source>This desk has no copy of the attendee list yet.</source>
            <translation>本签到台还没有参会者名单副本。</translation>
        </message>
        <message>
            <source>This desk does not know the check-in list yet.</source>
            <translation>本签到台还不知道该签到入口。</translation>
        </message>
        <message>
            <source>The scan could not be saved on this computer: %1</source>
            <translation>无法在本机保存此次扫码：%1</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message numerus="yes">
            <source>Offline (%n queued)</source>
            <translation>
                <numerusform>离线（%n 条待上传）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Online (%n queued)</source>
            <translation>
                <numerusform>在线（%n 条待上传）</numerusform>
            </translation>
        </message>
        <message>
            <source>Online</source>
            <translation>在线</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorDeviceWindow</name>
        <message>
            <source>NextEvent door – %1</source>
            <translation>NextEvent 门口设备 – %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Unpair this device</source>
            <translation>解除此设备配对(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorDevicesDialog</name>
        <message>
            <source>&amp;Create device</source>
            <translation>创建设备(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Revoke selected</source>
            <translation>吊销所选(&amp;R)</translation>
        </message>
        <message>
            <source>Door devices – %1</source>
            <translation>门口设备 – %1</translation>
        </message>
        <message>
            <source>Door devices</source>
            <translation>门口设备</translation>
        </message>
        <message>
            <source>e.g. North door tablet</source>
            <translation>例如：北门平板</translation>
        </message>
        <message>
            <source>Any gate</source>
            <translation>任意入口</translation>
        </message>
        <message>
            <source>Pairing QR code</source>
            <translation>配对二维码</translation>
        </message>
        <message>
            <source>Pairing text</source>
            <translation>配对文本</translation>
        </message>
        <message>
            <source>Create a device to get its pairing code (shown once)</source>
            <translation>创建设备后获得配对码（仅显示一次）</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Gate:</source>
            <translation>入口(&amp;G)：</translation>
        </message>
        <message>
            <source>On the door console, choose “Pair as door device” and scan this code (or paste the text). It is shown only now; revoke the device if it is lost.</source>
            <translation>在门口的控制台上选择“配对为门口设备”，然后扫描此码（或粘贴文本）。此码仅显示这一次；设备丢失时请吊销。</translation>
        </message>
        <message>
            <source>%1 can pair now. The code is shown only once.</source>
            <translation>%1 现在可以配对了。配对码仅显示一次。</translation>
        </message>
        <message>
            <source>Door device %1 created</source>
            <translation>已创建门口设备 %1</translation>
        </message>
        <message>
            <source>Revoke door device</source>
            <translation>吊销门口设备</translation>
        </message>
        <message>
            <source>Revoke %1?</source>
            <translation>吊销 %1？</translation>
        </message>
        <message>
            <source>It can no longer check anyone in; a new device must be paired instead.</source>
            <translation>它将无法再为任何人签到；需要重新配对一台新设备。</translation>
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation>吊销(&amp;R)</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>%1 已吊销。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DoorTokenModel</name>
        <message>
            <source>Any gate</source>
            <translation>任意入口</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>Revoked %1</source>
            <translation>已于 %1 吊销</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>入口</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>最近使用</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawDialog</name>
        <message>
            <source>Leave out those who won an earlier draw of this event</source>
            <translation>排除本活动此前抽奖的中奖者</translation>
        </message>
        <message>
            <source>New draw</source>
            <translation>新建抽奖</translation>
        </message>
        <message>
            <source>The prize, as the big screen shows it</source>
            <translation>奖项名称，将显示在大屏幕上</translation>
        </message>
        <message>
            <source>Checked-in attendees</source>
            <translation>已签到的参会者</translation>
        </message>
        <message>
            <source>Registered attendees</source>
            <translation>已报名的参会者</translation>
        </message>
        <message>
            <source>Attendees who answered a survey</source>
            <translation>填写了问卷的参会者</translation>
        </message>
        <message>
            <source>&amp;Prize</source>
            <translation>奖项(&amp;P)</translation>
        </message>
        <message>
            <source>P&amp;ool</source>
            <translation>抽奖池(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Survey</source>
            <translation>问卷(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Winners</source>
            <translation>中奖人数(&amp;W)</translation>
        </message>
        <message>
            <source>Create draw</source>
            <translation>创建抽奖</translation>
        </message>
        <message>
            <source>The pool is fixed and the commitment published when the draw is created.</source>
            <translation>创建抽奖时即固定抽奖池并公布承诺值。</translation>
        </message>
        <message>
            <source>This event has no surveys</source>
            <translation>这个活动没有问卷</translation>
        </message>
        <message>
            <source>Name the prize.</source>
            <translation>请填写奖项名称。</translation>
        </message>
        <message>
            <source>Choose the survey whose respondents take part.</source>
            <translation>请选择以哪份问卷的作答者参与抽奖。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawListModel</name>
        <message>
            <source>The list of draws could not be read.</source>
            <translation>无法读取抽奖列表。</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>已报名</translation>
        </message>
        <message>
            <source>Survey respondents</source>
            <translation>问卷作答者</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>已开奖</translation>
        </message>
        <message>
            <source>Ready (committed)</source>
            <translation>待开奖（已承诺）</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Prize</source>
            <translation>奖项</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>抽奖池</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Winners</source>
            <translation>中奖人数</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawScreen</name>
        <message>
            <source>Draw: %1</source>
            <translation>抽奖：%1</translation>
        </message>
        <message>
            <source>This event has no draws yet.</source>
            <translation>这个活动还没有抽奖。</translation>
        </message>
        <message>
            <source>Loading the draw…</source>
            <translation>正在加载抽奖…</translation>
        </message>
        <message>
            <source>The server sent a draw this console cannot read.</source>
            <translation>服务器发送的抽奖数据无法识别。</translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n people in the pool. Press Space to draw.</source>
            <translation>
                <numerusform>准备就绪：抽奖池共 %n 人。按空格键开奖。</numerusform>
            </translation>
        </message>
        <message>
            <source>Drawn. N for the next round, R to redraw an absent winner.</source>
            <translation>已开奖。按 N 进入下一轮，按 R 为缺席的中奖者重抽。</translation>
        </message>
        <message>
            <source>Drawing…</source>
            <translation>正在抽奖…</translation>
        </message>
        <message>
            <source>Congratulations! N for the next round, R to redraw an absent winner.</source>
            <translation>恭喜中奖！按 N 进入下一轮，按 R 为缺席的中奖者重抽。</translation>
        </message>
        <message>
            <source>This round has been drawn. N for the next round.</source>
            <translation>本轮已开奖。按 N 进入下一轮。</translation>
        </message>
        <message>
            <source>Redraw: choose the absent winner with the arrow keys, Enter to redraw, Esc to cancel.</source>
            <translation>重抽：用方向键选择缺席的中奖者，按回车重抽，按 Esc 取消。</translation>
        </message>
        <message>
            <source>Redrawing %1…</source>
            <translation>正在为 %1 重抽…</translation>
        </message>
        <message>
            <source>Redraw cancelled.</source>
            <translation>已取消重抽。</translation>
        </message>
        <message>
            <source>Round %1 of %2</source>
            <translation>第 %1 轮 / 共 %2 轮</translation>
        </message>
        <message>
            <source>Commitment %1 · seed %2</source>
            <translation>承诺值 %1 · 种子 %2</translation>
        </message>
        <message>
            <source>Commitment %1 (the seed is revealed after the draw)</source>
            <translation>承诺值 %1（开奖后公布种子）</translation>
        </message>
        <message>
            <source>Space draw · R redraw · N next round · P previous · Esc leave</source>
            <translation>空格 开奖 · R 重抽 · N 下一轮 · P 上一轮 · Esc 退出</translation>
        </message>
        <message>
            <source>Drawn. R to redraw an absent winner, Esc to leave.</source>
            <translation>已开奖。按 R 为缺席的中奖者重抽，按 Esc 退出。</translation>
        </message>
        <message>
            <source>Congratulations! R to redraw an absent winner, Esc to leave.</source>
            <translation>恭喜中奖！按 R 为缺席的中奖者重抽，按 Esc 退出。</translation>
        </message>
        <message>
            <source>This round has been drawn.</source>
            <translation>本轮已开奖。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::DrawsPage</name>
        <message>
            <source>&amp;New draw…</source>
            <translation>新建抽奖(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>开奖(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;draw…</source>
            <translation>重抽(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>验证(&amp;V)</translation>
        </message>
        <message>
            <source>Export &amp;JSON…</source>
            <translation>导出 &amp;JSON…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>导出 P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Big screen</source>
            <translation>大屏幕(&amp;B)</translation>
        </message>
        <message>
            <source>The draw on a full screen for the hall: Space draws, R redraws, N next round.</source>
            <translation>在会场大屏幕上全屏抽奖：空格开奖，R 重抽，N 下一轮。</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>活动(&amp;E)</translation>
        </message>
        <message>
            <source>W&amp;inners</source>
            <translation>中奖者(&amp;I)</translation>
        </message>
        <message>
            <source>Export draw record</source>
            <translation>导出抽奖记录</translation>
        </message>
        <message>
            <source>draw-record.json</source>
            <translation>抽奖记录.json</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>draw-record.pdf</source>
            <translation>抽奖记录.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Draws</source>
            <translation>抽奖</translation>
        </message>
        <message>
            <source>Draw created; its commitment is published.</source>
            <translation>抽奖已创建，承诺值已公布。</translation>
        </message>
        <message>
            <source>Choose an event.</source>
            <translation>请选择活动。</translation>
        </message>
        <message>
            <source>This event has no draws yet. Ctrl+N creates one.</source>
            <translation>这个活动还没有抽奖。按 Ctrl+N 新建。</translation>
        </message>
        <message>
            <source>Choose a draw.</source>
            <translation>请选择一个抽奖。</translation>
        </message>
        <message>
            <source>Prize: %1</source>
            <translation>奖项：%1</translation>
        </message>
        <message numerus="yes">
            <source>Pool: %1, %n people</source>
            <translation>
                <numerusform>抽奖池：%1，%n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Winners asked for: %1</source>
            <translation>计划中奖人数：%1</translation>
        </message>
        <message>
            <source>Pool hash: %1</source>
            <translation>抽奖池哈希：%1</translation>
        </message>
        <message>
            <source>Commitment: %1</source>
            <translation>承诺值：%1</translation>
        </message>
        <message>
            <source>Seed: %1</source>
            <translation>种子：%1</translation>
        </message>
        <message>
            <source>Seed: secret until the draw runs</source>
            <translation>种子：开奖前保密</translation>
        </message>
        <message>
            <source>Created %1 by %2</source>
            <translation>%1 由 %2 创建</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>开奖于 %1</translation>
        </message>
        <message>
            <source>%1. %2  %3</source>
            <translation>%1. %2  %3</translation>
        </message>
        <message>
            <source>%1. %2  %3 — replaced (absent)</source>
            <translation>%1. %2  %3 —— 已替换（缺席）</translation>
        </message>
        <message>
            <source>Not run yet: the seed behind the commitment is revealed by the run.</source>
            <translation>尚未开奖：承诺值背后的种子将在开奖时公布。</translation>
        </message>
        <message>
            <source>Run draw</source>
            <translation>开奖</translation>
        </message>
        <message numerus="yes">
            <source>Draw %n winner(s) for “%1” now?</source>
            <translation>
                <numerusform>现在为“%1”抽出 %n 位中奖者吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>A draw runs once; the seed is revealed and the winners are final (an absent winner can be redrawn).</source>
            <translation>每个抽奖只能开奖一次；开奖后公布种子，中奖结果即为最终结果（缺席的中奖者可以重抽）。</translation>
        </message>
        <message>
            <source>Draw run.</source>
            <translation>已开奖。</translation>
        </message>
        <message>
            <source>Redraw</source>
            <translation>重抽</translation>
        </message>
        <message>
            <source>Which winner is absent?</source>
            <translation>哪位中奖者缺席？</translation>
        </message>
        <message>
            <source>Replace %1 with the next pick?</source>
            <translation>用下一次抽取的结果替换 %1 吗？</translation>
        </message>
        <message>
            <source>%1 stays in the record as replaced and cannot win this draw again.</source>
            <translation>%1 将作为“已替换”保留在记录中，不能再次赢得本次抽奖。</translation>
        </message>
        <message>
            <source>Winner replaced.</source>
            <translation>中奖者已替换。</translation>
        </message>
        <message>
            <source>The draw could not be read.</source>
            <translation>无法读取抽奖数据。</translation>
        </message>
        <message numerus="yes">
            <source>✔ Verified: the seed matches the commitment, the pool matches its hash and all %n pick(s) were recomputed here.</source>
            <translation>
                <numerusform>✔ 验证通过：种子与承诺值一致，抽奖池与其哈希一致，本机已重新计算全部 %n 次抽取。</numerusform>
            </translation>
        </message>
        <message>
            <source>✘ Not verified:
%1</source>
            <translation>✘ 验证未通过：
%1</translation>
        </message>
        <message>
            <source>Draw record saved to %1.</source>
            <translation>抽奖记录已保存到 %1。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::EventAnalyticsModel</name>
        <message>
            <source>Minute</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>报名</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>答卷</translation>
        </message>
        <message>
            <source>Article views</source>
            <translation>文章阅读</translation>
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
        <message>
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>Discard this new event?</source>
            <translation>放弃这个新活动？</translation>
        </message>
        <message>
            <source>Discard your changes to this event?</source>
            <translation>放弃对此活动的修改？</translation>
        </message>
        <message>
            <source>What you typed in this form is lost.</source>
            <translation>在此表单中输入的内容将丢失。</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>放弃修改(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>继续编辑(&amp;K)</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> 小时</translation>
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
            <source>Make, export and print the event's QR code</source>
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
            <source>“%1” could not become %2: it was changed in the meantime. The list has been reloaded; check its status and try again.</source>
            <translation>“%1”无法变为“%2”：它已被他人修改。列表已重新加载，请检查其状态后重试。</translation>
        </message>
        <message>
            <source>“%1” is now %2.</source>
            <translation>“%1”现在是“%2”。</translation>
        </message>
        <message>
            <source>Delete the event “%1”?</source>
            <translation>删除活动“%1”？</translation>
        </message>
        <message numerus="yes">
            <source>Its %n registration(s) and their check-ins go with it. This cannot be undone.</source>
            <translation>
                <numerusform>其 %n 条报名及签到记录将一并删除。此操作无法撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Delete event</source>
            <translation>删除活动(&amp;D)</translation>
        </message>
        <message>
            <source>Cancel the event “%1”?</source>
            <translation>取消活动“%1”？</translation>
        </message>
        <message>
            <source>This cannot be undone; registered people keep their tickets but cannot check in.</source>
            <translation>此操作无法撤销；已报名者保留电子票，但无法签到。</translation>
        </message>
        <message>
            <source>C&amp;ancel event</source>
            <translation>取消活动(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Keep event</source>
            <translation>保留活动(&amp;K)</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>报名审核(&amp;P)</translation>
        </message>
        <message>
            <source>Tea&amp;m</source>
            <translation>团队(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::LeaderboardView</name>
        <message>
            <source>No scores yet</source>
            <translation>暂无得分</translation>
        </message>
        <message numerus="yes">
            <source>%n player(s)</source>
            <translation>
                <numerusform>%n 位玩家</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::LiveBarChart</name>
        <message>
            <source>%1 · %2 %</source>
            <translation>%1 · %2 %</translation>
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
        <message>
            <source>Live updates off</source>
            <translation>实时更新已关闭</translation>
        </message>
        <message>
            <source>Check-in desk: %1</source>
            <translation>签到台：%1</translation>
        </message>
        <message>
            <source>● Live</source>
            <translation>● 实时</translation>
        </message>
        <message>
            <source>Figures and charts update as things happen.</source>
            <translation>数字和图表会随时更新。</translation>
        </message>
        <message>
            <source>○ Live: connecting…</source>
            <translation>○ 实时：正在连接…</translation>
        </message>
        <message>
            <source>○ Live: reconnecting…</source>
            <translation>○ 实时：正在重新连接…</translation>
        </message>
        <message>
            <source>The live channel was lost; pages still load with F5.</source>
            <translation>实时通道已断开；仍可按 F5 刷新页面。</translation>
        </message>
        <message>
            <source>● Connected to %1 as %2 · %3</source>
            <translation>● 已连接 %1，用户 %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::ModerationPage</name>
        <message>
            <source>Reason for the next ban (optional)</source>
            <translation>下一次封禁的原因（可选）</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>活动(&amp;E)</translation>
        </message>
        <message>
            <source>Keys on a queue: A approve · R reject · Enter answered · P pin or unpin · B ban the author · Tab next list. On the ban list: Delete lifts the ban. ⚑ marks text the profanity list caught.</source>
            <translation>队列中的按键：A 通过 · R 拒绝 · Enter 已回答 · P 置顶/取消置顶 · B 封禁发送者 · Tab 下一个列表。在封禁列表中：Delete 解除封禁。⚑ 表示被敏感词表拦截的内容。</translation>
        </message>
        <message>
            <source>Approve (A)</source>
            <translation>通过 (A)</translation>
        </message>
        <message>
            <source>Reject (R)</source>
            <translation>拒绝 (R)</translation>
        </message>
        <message>
            <source>Answered (Enter)</source>
            <translation>已回答 (Enter)</translation>
        </message>
        <message>
            <source>Pin (P)</source>
            <translation>置顶 (P)</translation>
        </message>
        <message>
            <source>Ban author (B)</source>
            <translation>封禁发送者 (B)</translation>
        </message>
        <message>
            <source>&amp;Banned respondents</source>
            <translation>已封禁的参与者(&amp;B)</translation>
        </message>
        <message>
            <source>Lift ban (Delete)</source>
            <translation>解除封禁 (Delete)</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>内容审核</translation>
        </message>
        <message>
            <source>The events could not be loaded</source>
            <translation>无法加载活动</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>The questions could not be loaded</source>
            <translation>无法加载提问</translation>
        </message>
        <message>
            <source>The wall could not be loaded</source>
            <translation>无法加载上墙消息</translation>
        </message>
        <message>
            <source>The bans could not be loaded</source>
            <translation>无法加载封禁列表</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) waiting</source>
            <translation>
                <numerusform>%n 个提问待审</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n wall message(s) waiting</source>
            <translation>
                <numerusform>%n 条上墙消息待审</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Audience &amp;questions — %n waiting</source>
            <translation>
                <numerusform>观众提问(&amp;Q) — %n 个待审</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Wall messages — %n waiting</source>
            <translation>
                <numerusform>上墙消息(&amp;W) — %n 条待审</numerusform>
            </translation>
        </message>
        <message>
            <source>The question was not changed</source>
            <translation>提问未更改</translation>
        </message>
        <message>
            <source>Pinned: %1</source>
            <translation>已置顶：%1</translation>
        </message>
        <message>
            <source>Unpinned: %1</source>
            <translation>已取消置顶：%1</translation>
        </message>
        <message>
            <source>Approved: %1</source>
            <translation>已通过：%1</translation>
        </message>
        <message>
            <source>Rejected: %1</source>
            <translation>已拒绝：%1</translation>
        </message>
        <message>
            <source>Answered: %1</source>
            <translation>已回答：%1</translation>
        </message>
        <message>
            <source>The message was not changed</source>
            <translation>消息未更改</translation>
        </message>
        <message>
            <source>On the wall: %1</source>
            <translation>已上墙：%1</translation>
        </message>
        <message>
            <source>The respondent was not banned</source>
            <translation>未能封禁该参与者</translation>
        </message>
        <message>
            <source>Banned %1: their questions, wall messages and words are refused from now on. Delete on the ban list lifts it.</source>
            <translation>已封禁 %1：此后其提问、上墙消息和词云词语都会被拒绝。在封禁列表中按 Delete 可解除。</translation>
        </message>
        <message>
            <source>The ban was not lifted</source>
            <translation>未能解除封禁</translation>
        </message>
        <message>
            <source>Ban lifted: %1</source>
            <translation>已解除封禁：%1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Ban &amp;reason</source>
            <translation>封禁原因(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PagingBar</name>
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
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>共 %n 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PairDoorDialog</name>
        <message>
            <source>Pair as door device</source>
            <translation>配对为门口设备</translation>
        </message>
        <message>
            <source>Scan the door device's QR code shown on the organiser's console (Check-in → Door devices), or paste its text, then press Enter.</source>
            <translation>扫描组织者控制台上显示的门口设备二维码（签到 → 门口设备），或粘贴其文本，然后按 Enter。</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>配对码</translation>
        </message>
        <message>
            <source>NEDOOR1|…</source>
            <translation>NEDOOR1|…</translation>
        </message>
        <message>
            <source>&amp;Pair</source>
            <translation>配对(&amp;P)</translation>
        </message>
        <message>
            <source>This is not a door device code. Scan the QR code under Check-in → Door devices.</source>
            <translation>这不是门口设备配对码。请扫描“签到 → 门口设备”中的二维码。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PresenterPage</name>
        <message>
            <source>&amp;Present full screen</source>
            <translation>全屏演示(&amp;P)</translation>
        </message>
        <message>
            <source>Dark (for projectors)</source>
            <translation>深色（适合投影仪）</translation>
        </message>
        <message>
            <source>Light (for bright rooms)</source>
            <translation>浅色（适合明亮的房间）</translation>
        </message>
        <message>
            <source>Surveys that are live (put a survey live on the Surveys page). Votes appear on the big screen as they arrive; respondents join with the QR code shown beside the chart.</source>
            <translation>进行中的问卷（在“问卷”页开始实时投票）。投票一到就显示在大屏幕上；参与者扫描图表旁的二维码加入。</translation>
        </message>
        <message>
            <source>&amp;Screen</source>
            <translation>屏幕(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Screen %1: %2 (%3 × %4)</source>
            <translation>屏幕 %1：%2（%3 × %4）</translation>
        </message>
        <message>
            <source> — primary</source>
            <translation> — 主屏幕</translation>
        </message>
        <message>
            <source>Presenting "%1". Press Esc on the big screen to stop.</source>
            <translation>正在演示“%1”。在大屏幕上按 Esc 结束。</translation>
        </message>
        <message>
            <source>Phones cannot reach the join link: it points at %1, this computer's own address. Sign in with the server's network address (for example http://192.168.1.20:8080), or ask the administrator to set the server's public URL (NEXTEVENT_PUBLIC_URL).</source>
            <translation>手机无法打开加入链接：它指向 %1，即本机自己的地址。请用服务器的局域网地址登录（例如 http://192.168.1.20:8080），或请管理员设置服务器的公开网址（NEXTEVENT_PUBLIC_URL）。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::PresenterWindow</name>
        <message>
            <source>Presenting: %1</source>
            <translation>演示中：%1</translation>
        </message>
        <message>
            <source>← → change question · T theme · Esc end</source>
            <translation>← → 切换题目 · T 主题 · Esc 结束</translation>
        </message>
        <message>
            <source>This survey has no questions.</source>
            <translation>此问卷没有题目。</translation>
        </message>
        <message>
            <source>%1 · question %2 of %3</source>
            <translation>%1 · 第 %2 题，共 %3 题</translation>
        </message>
        <message numerus="yes">
            <source>respondents</source>
            <translation>
                <numerusform>位作答者</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n written answer(s)</source>
            <translation>
                <numerusform>%n 条文字回答</numerusform>
            </translation>
        </message>
        <message>
            <source>Waiting for answers…</source>
            <translation>等待作答…</translation>
        </message>
        <message>
            <source>← → question · F1 keys · Esc end</source>
            <translation>← → 切换题目 · F1 按键 · Esc 结束</translation>
        </message>
        <message>
            <source>This survey belongs to no event, so it takes no questions.</source>
            <translation>此问卷不属于任何活动，因此不接受提问。</translation>
        </message>
        <message>
            <source>No questions yet. Ask yours on the event's page.</source>
            <translation>还没有提问。请在活动页面提出你的问题。</translation>
        </message>
        <message>
            <source>→ / Page Down / Space</source>
            <translation>→ / Page Down / 空格</translation>
        </message>
        <message>
            <source>Next question (moves the room when presenter-paced)</source>
            <translation>下一题（主持人控制进度时全场同步）</translation>
        </message>
        <message>
            <source>← / Page Up</source>
            <translation>← / Page Up</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>上一题</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>First question</source>
            <translation>第一题</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Last question</source>
            <translation>最后一题</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Reveal the quiz answer</source>
            <translation>公布测验答案</translation>
        </message>
        <message>
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <source>Leaderboard on/off</source>
            <translation>显示/隐藏排行榜</translation>
        </message>
        <message>
            <source>Q</source>
            <translation>Q</translation>
        </message>
        <message>
            <source>Audience questions on/off</source>
            <translation>显示/隐藏观众提问</translation>
        </message>
        <message>
            <source>W</source>
            <translation>W</translation>
        </message>
        <message>
            <source>Message wall on/off</source>
            <translation>打开/关闭弹幕</translation>
        </message>
        <message>
            <source>T</source>
            <translation>T</translation>
        </message>
        <message>
            <source>Dark / light theme</source>
            <translation>深色/浅色主题</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>Export what is shown as PNG…</source>
            <translation>将当前画面导出为 PNG…</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>Export what is shown as PDF…</source>
            <translation>将当前画面导出为 PDF…</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>This list of keys</source>
            <translation>本按键列表</translation>
        </message>
        <message>
            <source>Menu key / right click</source>
            <translation>菜单键 / 右键</translation>
        </message>
        <message>
            <source>All actions in a menu</source>
            <translation>在菜单中列出所有操作</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Close this list, or end presenting</source>
            <translation>关闭本列表，或结束演示</translation>
        </message>
        <message>
            <source>Presenter keys</source>
            <translation>演示按键</translation>
        </message>
        <message>
            <source>The room did not move: %1</source>
            <translation>全场未能切换：%1</translation>
        </message>
        <message>
            <source>Only a quiz question has an answer to reveal.</source>
            <translation>只有测验题才有答案可公布。</translation>
        </message>
        <message>
            <source>This is not the room's current question: move the room to it first (→ or ←).</source>
            <translation>这不是全场当前的题目：请先将全场切换到此题（→ 或 ←）。</translation>
        </message>
        <message>
            <source>The answer was not revealed: %1</source>
            <translation>答案未能公布：%1</translation>
        </message>
        <message>
            <source>This survey belongs to no event, so it has no message wall.</source>
            <translation>此问卷不属于任何活动，因此没有弹幕。</translation>
        </message>
        <message>
            <source> · the room is on another question</source>
            <translation> · 全场正在另一题</translation>
        </message>
        <message>
            <source>Leaderboard</source>
            <translation>排行榜</translation>
        </message>
        <message>
            <source>Questions from the audience</source>
            <translation>观众提问</translation>
        </message>
        <message>
            <source>Waiting for words…</source>
            <translation>等待词语…</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>导出为 PDF</translation>
        </message>
        <message>
            <source>Export as PNG</source>
            <translation>导出为 PNG</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>无法写入 %1</translation>
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
            <source>Asking the server for the event's QR code…</source>
            <translation>正在向服务器请求活动二维码…</translation>
        </message>
        <message>
            <source>Phones that scan it open the event&apos;s page.</source>
            <translation>手机扫码即可打开活动页面。</translation>
        </message>
        <message>
            <source>WeChat users who scan it follow your official account and get the event&apos;s welcome message.</source>
            <translation>微信用户扫码后会关注你的公众号，并收到活动的欢迎消息。</translation>
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
            <source>Phones that scan it open the event&apos;s page (made here, because %1).</source>
            <translation>手机扫码即可打开活动页面（在本机生成，原因：%1）。</translation>
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
            <source>Press “Make QR code” to create the event's code.</source>
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
        <message>
            <source>Phones cannot open this code: it points at %1, this computer&apos;s own address. Before printing it, ask the administrator to set the server&apos;s public URL (NEXTEVENT_PUBLIC_URL).</source>
            <translation>手机无法打开这个二维码：它指向 %1，即本机自己的地址。打印之前，请管理员设置服务器的公开网址（NEXTEVENT_PUBLIC_URL）。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::QuizView</name>
        <message>
            <source>Time's up</source>
            <translation>时间到</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::RegistrationFormBuilder</name>
        <message>
            <source>Req&amp;uired</source>
            <translation>必填(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Options (one per line):</source>
            <translation>选项（每行一个）(&amp;O)：</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Preview at phone width</source>
            <translation>手机尺寸预览</translation>
        </message>
        <message>
            <source>What the attendee is asked</source>
            <translation>向报名者提出的问题</translation>
        </message>
        <message>
            <source>letters, digits, - and _</source>
            <translation>字母、数字、- 和 _</translation>
        </message>
        <message>
            <source>Names the answer in the CSV export and for integrations. Changing it after people registered separates their answers from new ones.</source>
            <translation>用于在 CSV 导出和对接系统中标识该答案。有人报名后再修改，已有答案将与新答案分开。</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>题型(&amp;Y)：</translation>
        </message>
        <message>
            <source>Question &amp;text:</source>
            <translation>问题内容(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>键名(&amp;K)：</translation>
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation>添加问题(&amp;Q)</translation>
        </message>
        <message>
            <source>Add a question (Insert chooses its type)</source>
            <translation>添加问题（按 Insert 键选择题型）</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>删除(&amp;M)</translation>
        </message>
        <message>
            <source>Remove the question (Delete in the list)</source>
            <translation>删除问题（在列表中按 Delete 键）</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move the question up (Alt+Up)</source>
            <translation>上移问题（Alt+上箭头）</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Move the question down (Alt+Down)</source>
            <translation>下移问题（Alt+下箭头）</translation>
        </message>
        <message>
            <source>A form has at most %1 questions.</source>
            <translation>报名表最多 %1 个问题。</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>选项 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>选项 2</translation>
        </message>
        <message>
            <source>Party size: 1 to %1 people</source>
            <translation>同行人数：1 至 %1 人</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::RegistrationFormModel</name>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>电话号码</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>One choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>Several choices</source>
            <translation>多选</translation>
        </message>
        <message>
            <source>Yes/no (checkbox)</source>
            <translation>是/否（勾选框）</translation>
        </message>
        <message>
            <source>%1. %2%3 · %4</source>
            <translation>%1. %2%3 · %4</translation>
        </message>
        <message>
            <source>(no question text)</source>
            <translation>（未填写问题）</translation>
        </message>
        <message>
            <source>Key: %1</source>
            <translation>键名：%1</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>选项 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>选项 2</translation>
        </message>
        <message>
            <source>Option %1</source>
            <translation>选项 %1</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键名</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>题型</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::RegistrationFormWidget</name>
        <message>
            <source>%1 *</source>
            <translation>%1 *</translation>
        </message>
        <message>
            <source>name@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>e.g. 138 0000 0000</source>
            <translation>例如 138 0000 0000</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>填写数字</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日（如 2026-05-01）</translation>
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
        <message>
            <source>Pair as &amp;door device…</source>
            <translation>配对为门口设备(&amp;D)…</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyEditor</name>
        <message>
            <source>Add question</source>
            <translation>添加题目</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>An answer is required</source>
            <translation>必答</translation>
        </message>
        <message>
            <source>Add option</source>
            <translation>添加选项</translation>
        </message>
        <message>
            <source>Remove option</source>
            <translation>删除选项</translation>
        </message>
        <message>
            <source>At most</source>
            <translation>最多</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <source>Maximum length</source>
            <translation>最大长度</translation>
        </message>
        <message>
            <source>Survey title</source>
            <translation>问卷标题</translation>
        </message>
        <message>
            <source>What the survey is about (shown to respondents)</source>
            <translation>问卷说明（展示给作答者）</translation>
        </message>
        <message>
            <source>Questions; drag to reorder</source>
            <translation>题目；拖动可调整顺序</translation>
        </message>
        <message>
            <source>Drag a question to reorder, or use Alt+Up and Alt+Down.</source>
            <translation>拖动题目调整顺序，或使用 Alt+上 和 Alt+下。</translation>
        </message>
        <message>
            <source>The question as respondents see it</source>
            <translation>作答者看到的题目</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>1 to 5</source>
            <translation>1 到 5</translation>
        </message>
        <message>
            <source>1 to 10</source>
            <translation>1 到 10</translation>
        </message>
        <message>
            <source>default (%1)</source>
            <translation>默认（%1）</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> 个字符</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>说明(&amp;D)</translation>
        </message>
        <message>
            <source>Questions (drag to reorder)</source>
            <translation>题目（拖动调整顺序）</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>类型(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>题目(&amp;Q)</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Option %1</source>
            <translation>选项 %1</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>Multiple choice</source>
            <translation>多选</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>填空</translation>
        </message>
        <message>
            <source>Word cloud</source>
            <translation>词云</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>竞答</translation>
        </message>
        <message>
            <source>The questions cannot change: this survey already has responses.</source>
            <translation>题目不能再修改：此问卷已有答卷。</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>新题目</translation>
        </message>
        <message>
            <source>Option 1</source>
            <translation>选项 1</translation>
        </message>
        <message>
            <source>Option 2</source>
            <translation>选项 2</translation>
        </message>
        <message>
            <source>%1. %2 — %3</source>
            <translation>%1. %2 — %3</translation>
        </message>
        <message>
            <source>Question %1, option %2: %3</source>
            <translation>第 %1 题，选项 %2：%3</translation>
        </message>
        <message>
            <source>Question %1: %2</source>
            <translation>第 %1 题：%2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>Tick the correct option(s) in the list; at least one must stay wrong.</source>
            <translation>在选项列表中勾选正确答案；至少要留一个错误选项。</translation>
        </message>
        <message>
            <source> words</source>
            <translation> 个词</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>How long a presenter-paced quiz question takes answers; a self-paced quiz is untimed.</source>
            <translation>主持人控制节奏时，本题接受作答的时长；自主作答的测验不限时。</translation>
        </message>
        <message>
            <source>Points for an instant correct answer; a later one gets fewer, down to half at the limit.</source>
            <translation>立即答对可得的分数；答得越晚得分越少，到时限时减半。</translation>
        </message>
        <message>
            <source>Self-paced: every question open</source>
            <translation>自主作答：所有题目同时开放</translation>
        </message>
        <message>
            <source>Presenter-paced: the presenter opens one question at a time</source>
            <translation>主持人控制：主持人逐题开放</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>任何人</translation>
        </message>
        <message>
            <source>Registered attendees of the event</source>
            <translation>活动的已报名参会者</translation>
        </message>
        <message>
            <source>Checked-in attendees of the event</source>
            <translation>活动的已签到参会者</translation>
        </message>
        <message>
            <source>Attendees only: WeChat respondents who registered (or checked in) for the survey's event.</source>
            <translation>仅限参会者：已报名（或已签到）问卷所属活动的微信用户。</translation>
        </message>
        <message>
            <source>No event</source>
            <translation>不关联活动</translation>
        </message>
        <message>
            <source>&amp;Event</source>
            <translation>活动(&amp;E)</translation>
        </message>
        <message>
            <source>Who may &amp;answer</source>
            <translation>作答范围(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Pacing</source>
            <translation>节奏(&amp;P)</translation>
        </message>
        <message>
            <source>Words per answer</source>
            <translation>每次可填词数</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Characters per word</source>
            <translation>每个词的字数</translation>
        </message>
        <message>
            <source>Correct options</source>
            <translation>正确选项</translation>
        </message>
        <message>
            <source>Who may answer</source>
            <translation>作答范围</translation>
        </message>
        <message>
            <source>Pacing</source>
            <translation>节奏</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>必须在 %1 到 %2 之间</translation>
        </message>
        <message>
            <source>must be between %1 and %2 seconds</source>
            <translation>必须在 %1 到 %2 秒之间</translation>
        </message>
        <message>
            <source>— tick the correct option</source>
            <translation>——请勾选正确选项</translation>
        </message>
        <message>
            <source>— at least one option must be wrong</source>
            <translation>——至少要有一个错误选项</translation>
        </message>
        <message>
            <source>— attendees only needs the survey's event; choose one</source>
            <translation>——仅限参会者时需要选择问卷所属的活动</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyListModel</name>
        <message>
            <source>Live</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>开放作答</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>题目</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>答卷</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改时间</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyResultsModel</name>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n 人作答</numerusform>
            </translation>
        </message>
        <message>
            <source>mean %1</source>
            <translation>平均 %1</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Question / answer</source>
            <translation>题目 / 答案</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveyResultsView</name>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Choose a survey to see its results.</source>
            <translation>请选择一个问卷查看结果。</translation>
        </message>
        <message numerus="yes">
            <source>%n respondent(s)</source>
            <translation>
                <numerusform>%n 位作答者</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answered</source>
            <translation>
                <numerusform>%n 人作答</numerusform>
            </translation>
        </message>
        <message>
            <source> · mean %1</source>
            <translation> · 平均 %1</translation>
        </message>
        <message>
            <source> · free-text answers are in the CSV export</source>
            <translation> · 填空答案见 CSV 导出</translation>
        </message>
        <message>
            <source>Export c&amp;hart…</source>
            <translation>导出图表(&amp;H)…</translation>
        </message>
        <message>
            <source>Session &amp;summary (PDF)…</source>
            <translation>场次总结（PDF）(&amp;S)…</translation>
        </message>
        <message>
            <source>Save a question's chart as PNG or PDF</source>
            <translation>将某道题的图表保存为 PNG 或 PDF</translation>
        </message>
        <message>
            <source>One page: every question's final result and the top quiz scorers</source>
            <translation>一页纸：每道题的最终结果和测验得分前几名</translation>
        </message>
        <message>
            <source>This question has no chart.</source>
            <translation>这道题没有图表。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <source>Which question's chart?</source>
            <translation>导出哪道题的图表？</translation>
        </message>
        <message>
            <source>chart.png</source>
            <translation>图表.png</translation>
        </message>
        <message>
            <source>PNG image (*.png);;PDF (*.pdf)</source>
            <translation>PNG 图片 (*.png);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>场次总结</translation>
        </message>
        <message>
            <source>session-summary.pdf</source>
            <translation>场次总结.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a survey first.</source>
            <translation>请先选择问卷。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SurveysPage</name>
        <message>
            <source>&amp;New survey</source>
            <translation>新建问卷(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Present…</source>
            <translation>演示…</translation>
        </message>
        <message>
            <source>Search surveys (Ctrl+F)</source>
            <translation>搜索问卷 (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>题目(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>结果(&amp;R)</translation>
        </message>
        <message>
            <source>Export responses</source>
            <translation>导出答卷</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Delete survey</source>
            <translation>删除问卷</translation>
        </message>
        <message>
            <source>Survey deleted.</source>
            <translation>问卷已删除。</translation>
        </message>
        <message>
            <source>Surveys</source>
            <translation>问卷</translation>
        </message>
        <message>
            <source>New survey</source>
            <translation>新问卷</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>The survey "%1" has unsaved changes. Save them first?</source>
            <translation>问卷“%1”有未保存的修改。先保存吗？</translation>
        </message>
        <message>
            <source>Choose a survey, or create one.</source>
            <translation>请选择一个问卷，或新建一个。</translation>
        </message>
        <message>
            <source>Open for answers</source>
            <translation>开放作答</translation>
        </message>
        <message>
            <source>Go live</source>
            <translation>开始实时投票</translation>
        </message>
        <message>
            <source>Reveal results</source>
            <translation>公布结果</translation>
        </message>
        <message>
            <source>Close for answers</source>
            <translation>停止作答</translation>
        </message>
        <message>
            <source>End live</source>
            <translation>结束实时投票</translation>
        </message>
        <message>
            <source>Hide results</source>
            <translation>隐藏结果</translation>
        </message>
        <message>
            <source>Go live first to present this survey.</source>
            <translation>请先开始实时投票，再演示此问卷。</translation>
        </message>
        <message>
            <source>New survey — not saved yet</source>
            <translation>新问卷 — 尚未保存</translation>
        </message>
        <message>
            <source>%1 · %2 · results %3</source>
            <translation>%1 · %2 · 结果%3</translation>
        </message>
        <message numerus="yes">
            <source>%n response(s)</source>
            <translation>
                <numerusform>%n 份答卷</numerusform>
            </translation>
        </message>
        <message>
            <source>shown to the audience</source>
            <translation>对观众可见</translation>
        </message>
        <message>
            <source>hidden from the audience</source>
            <translation>对观众隐藏</translation>
        </message>
        <message>
            <source>Survey created.</source>
            <translation>问卷已创建。</translation>
        </message>
        <message>
            <source>Survey saved.</source>
            <translation>问卷已保存。</translation>
        </message>
        <message>
            <source>"%1" is now %2.</source>
            <translation>“%1”现在为：%2。</translation>
        </message>
        <message>
            <source>Responses saved to %1.</source>
            <translation>答卷已保存到 %1。</translation>
        </message>
        <message numerus="yes">
            <source>Its %n response(s) are deleted with it. This cannot be undone.</source>
            <translation>
                <numerusform>其 %n 份答卷将一并删除。此操作无法撤销。</numerusform>
            </translation>
        </message>
        <message>
            <source>It is open for answers now: phones answering get an error.</source>
            <translation>问卷正在收集答卷：正在作答的手机会收到错误提示。</translation>
        </message>
        <message>
            <source>Delete the survey “%1”?</source>
            <translation>删除问卷“%1”？</translation>
        </message>
        <message>
            <source>&amp;Delete survey</source>
            <translation>删除问卷(&amp;D)</translation>
        </message>
        <message>
            <source>A live survey takes answers; end live to close it.</source>
            <translation>实时投票中的问卷一直接受作答；结束实时投票后才能停止作答。</translation>
        </message>
        <message>
            <source>Session summary saved to %1.</source>
            <translation>场次总结已保存到 %1。</translation>
        </message>
        <message>
            <source>No surveys yet. Surveys collect feedback, live votes, word clouds and quizzes from attendees&apos; phones; start one live from here.</source>
            <translation>还没有问卷。问卷用来收集参会者在手机上的反馈、现场投票、词云和答题；可以在这里开启实时投票。</translation>
        </message>
        <message>
            <source>&amp;Create the first survey</source>
            <translation>新建第一份问卷(&amp;C)</translation>
        </message>
        <message>
            <source>No surveys yet.</source>
            <translation>还没有问卷。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::SyncProblemModel</name>
        <message>
            <source>Conflict: another device had already let them in</source>
            <translation>冲突：另一台设备已放行此人</translation>
        </message>
        <message>
            <source>Already inside by the server's records</source>
            <translation>服务器记录显示已在场内</translation>
        </message>
        <message>
            <source>Unknown to the server</source>
            <translation>服务器不认识此票</translation>
        </message>
        <message>
            <source>Refused: not inside by the server's records</source>
            <translation>已拒绝：服务器记录显示不在场内</translation>
        </message>
        <message>
            <source>Refused: the registration was cancelled</source>
            <translation>已拒绝：报名已取消</translation>
        </message>
        <message>
            <source>Refused: the event no longer takes check-ins</source>
            <translation>已拒绝：活动已不再签到</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>已拒绝：%1</translation>
        </message>
        <message>
            <source>(WeChat user)</source>
            <translation>（微信用户）</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>离场</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>入场</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>扫码时间</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gate</source>
            <translation>入口</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Server's answer</source>
            <translation>服务器的答复</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::TeamMemberModel</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Role on this event</source>
            <translation>在本活动的角色</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>添加人</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::TeamPanel</name>
        <message>
            <source>Add to &amp;team</source>
            <translation>加入团队(&amp;T)</translation>
        </message>
        <message>
            <source>Remo&amp;ve from team…</source>
            <translation>移出团队(&amp;V)…</translation>
        </message>
        <message>
            <source>Team members</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <source>User name of a staff account</source>
            <translation>工作人员账号的用户名</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Role on this event</source>
            <translation>在本活动的角色</translation>
        </message>
        <message>
            <source>A member's role acts on this event only, in addition to their own roles everywhere.</source>
            <translation>成员在此处的角色只对本活动有效，其自身的全局角色不变。</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>角色(&amp;O)：</translation>
        </message>
        <message>
            <source>Could not load the team: %1</source>
            <translation>无法加载团队：%1</translation>
        </message>
        <message>
            <source>There is no user named “%1”.</source>
            <translation>没有名为“%1”的用户。</translation>
        </message>
        <message>
            <source>Could not add %1: %2</source>
            <translation>无法添加 %1：%2</translation>
        </message>
        <message>
            <source>%1 is now %2 on this event.</source>
            <translation>%1 在本活动的角色已改为%2。</translation>
        </message>
        <message>
            <source>Added %1 to the team as %2.</source>
            <translation>已将 %1 以%2身份加入团队。</translation>
        </message>
        <message>
            <source>Remove from team</source>
            <translation>移出团队</translation>
        </message>
        <message>
            <source>Remove %1 from the team of “%2”?</source>
            <translation>将 %1 移出“%2”的团队？</translation>
        </message>
        <message>
            <source>Their role on this event ends at once; their own roles stay.</source>
            <translation>其在本活动的角色立即失效；自身的全局角色保留。</translation>
        </message>
        <message>
            <source>Re&amp;move from team</source>
            <translation>移出团队(&amp;M)</translation>
        </message>
        <message>
            <source>Could not remove %1: %2</source>
            <translation>无法移除 %1：%2</translation>
        </message>
        <message>
            <source>Removed %1 from the team.</source>
            <translation>已将 %1 移出团队。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::TopQuestionsView</name>
        <message>
            <source>★ %1</source>
            <translation>★ %1</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::UserListModel</name>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>组织者</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Door staff</source>
            <translation>签到员</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>查看者</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>上次登录</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::UsersPage</name>
        <message>
            <source>New account</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>编辑账户</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>用户名(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>电子邮件(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>电话(&amp;P)</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>First &amp;password</source>
            <translation>初始密码(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Repeat it</source>
            <translation>再输一次(&amp;R)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>新建账户(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Set &amp;password…</source>
            <translation>设置密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Search accounts (Ctrl+F)</source>
            <translation>搜索账户 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>Account %1 created.</source>
            <translation>账户 %1 已创建。</translation>
        </message>
        <message>
            <source>Account %1 saved.</source>
            <translation>账户 %1 已保存。</translation>
        </message>
        <message>
            <source>Account %1 reactivated.</source>
            <translation>账户 %1 已重新启用。</translation>
        </message>
        <message>
            <source>Account %1 deactivated.</source>
            <translation>账户 %1 已停用。</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>%1 的新密码</translation>
        </message>
        <message>
            <source>The person is signed out everywhere and signs in with the new password.</source>
            <translation>此人会在所有设备上退出登录，并需用新密码登录。</translation>
        </message>
        <message>
            <source>New &amp;password</source>
            <translation>新密码(&amp;P)</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>两次输入的密码不同；未做任何修改。</translation>
        </message>
        <message>
            <source>Password changed; the account was signed out everywhere.</source>
            <translation>密码已修改；该账户已在所有设备上退出登录。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::WeChatPage</name>
        <message>
            <source>Messages and events per minute (last 10 minutes)</source>
            <translation>每分钟消息和事件（最近 10 分钟）</translation>
        </message>
        <message>
            <source>Recent errors</source>
            <translation>最近的错误</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>WeChat is configured (webhook and API)</source>
            <translation>微信已配置（回调和接口）</translation>
        </message>
        <message>
            <source>Webhook: %1 accepted, %2 duplicates ignored, %3 rejected; %4 in the last 10 minutes%5</source>
            <translation>回调：接受 %1，忽略重复 %2，拒绝 %3；最近 10 分钟 %4 条%5</translation>
        </message>
        <message>
            <source> (safe mode)</source>
            <translation>（安全模式）</translation>
        </message>
        <message>
            <source>Message rates: no messages lately</source>
            <translation>消息速率：最近没有消息</translation>
        </message>
        <message>
            <source>Message rates: %1</source>
            <translation>消息速率：%1</translation>
        </message>
        <message>
            <source>No recent errors.</source>
            <translation>最近没有错误。</translation>
        </message>
        <message>
            <source>WeChat webhook configured; API credentials missing: set NEXTEVENT_WECHAT_APP_ID and NEXTEVENT_WECHAT_APP_SECRET on the server.</source>
            <translation>微信消息接口已配置，但缺少 API 凭据：请在服务器上设置 NEXTEVENT_WECHAT_APP_ID 和 NEXTEVENT_WECHAT_APP_SECRET。</translation>
        </message>
        <message numerus="yes">
            <source>WeChat API access: token fetched %n min ago</source>
            <translation>
                <numerusform>微信 API 访问：令牌于 %n 分钟前获取</numerusform>
            </translation>
        </message>
        <message>
            <source>WeChat API access: not used yet (the server fetches a token when it first needs one)</source>
            <translation>微信 API 访问：尚未使用（服务器首次需要时会获取令牌）</translation>
        </message>
        <message>
            <source>Background jobs (WeChat messages, reminders): %1 waiting, %2 gave up after retrying</source>
            <translation>后台任务（微信消息、提醒）：%1 个等待中，%2 个多次重试后已放弃</translation>
        </message>
        <message>
            <source>WeChat is not set up on this server yet.</source>
            <translation>此服务器尚未接入微信。</translation>
        </message>
        <message>
            <source>To connect an Official Account, the server's administrator sets NEXTEVENT_WECHAT_APP_ID, NEXTEVENT_WECHAT_APP_SECRET and NEXTEVENT_WECHAT_TOKEN (and NEXTEVENT_WECHAT_AES_KEY for safe mode) in the server's environment or /etc/nextevent/nextevent.properties, then restarts the server.</source>
            <translation>要接入公众号，请服务器管理员在服务器的环境变量或 /etc/nextevent/nextevent.properties 中设置 NEXTEVENT_WECHAT_APP_ID、NEXTEVENT_WECHAT_APP_SECRET 和 NEXTEVENT_WECHAT_TOKEN（安全模式还需 NEXTEVENT_WECHAT_AES_KEY），然后重启服务器。</translation>
        </message>
    </context>
    <context>
        <name>nextevent::console::WeChatStatusModel</name>
        <message>
            <source>/min</source>
            <translation>/分钟</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1 %2 %3 %4</source>
            <translation>%1 %2 %3 %4</translation>
        </message>
        <message>
            <source>API</source>
            <translation>接口</translation>
        </message>
        <message>
            <source>webhook</source>
            <translation>回调</translation>
        </message>
        <message>
            <source>Minute</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>By type</source>
            <translation>按类型</translation>
        </message>
    </context>
</TS>
