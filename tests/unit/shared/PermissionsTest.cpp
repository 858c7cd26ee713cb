// SPDX-License-Identifier: MIT
#include "nextevent/Permissions.h"

#include <gtest/gtest.h>

using namespace nextevent;

TEST(Permissions, EveryCapabilityHasARowAndARoundTrippingName)
{
    for (Capability c : kAllCapabilities)
    {
        const auto name = toString(c);
        EXPECT_NE(name.find('.'), std::string_view::npos) << name;
        EXPECT_EQ(capabilityFromString(name), c) << name;
        EXPECT_FALSE(rolesWith(c).empty()) << name;
        EXPECT_TRUE(rolesAllow({Role::Admin}, c)) << "admins may do everything: " << name;
    }
    EXPECT_FALSE(capabilityFromString("events.delete-everything"));
}

TEST(Permissions, DoorStaffWorkTheDoorOnly)
{
    const auto door = capabilitiesOf({Role::Checkin});
    EXPECT_EQ(door,
              (std::vector<Capability>{
                  Capability::EventsRead, Capability::AttendeesSearch, Capability::AttendeesCheckIn}));
    EXPECT_FALSE(rolesAllow({Role::Checkin}, Capability::AttendeesBrowse));
}

TEST(Permissions, ViewersReadAndPresentersPresent)
{
    EXPECT_TRUE(rolesAllow({Role::Viewer}, Capability::AttendeesBrowse));
    EXPECT_FALSE(rolesAllow({Role::Viewer}, Capability::ContentEdit));
    EXPECT_TRUE(rolesAllow({Role::Presenter}, Capability::SurveysPresent));
    EXPECT_FALSE(rolesAllow({Role::Presenter}, Capability::AttendeesSearch));
    // Presenters follow draws on the big screen; only organisers decide them.
    EXPECT_TRUE(rolesAllow({Role::Presenter}, Capability::DrawsRead));
    EXPECT_FALSE(rolesAllow({Role::Presenter}, Capability::DrawsRun));
    EXPECT_TRUE(rolesAllow({Role::Organizer}, Capability::DrawsRun));
    EXPECT_FALSE(rolesAllow({Role::Viewer}, Capability::DrawsRead));
    EXPECT_FALSE(rolesAllow({Role::Checkin}, Capability::DrawsRead));
    // Several roles add up.
    EXPECT_TRUE(rolesAllow({Role::Presenter, Role::Checkin}, Capability::AttendeesCheckIn));
    EXPECT_TRUE(capabilitiesOf({}).empty());
}
