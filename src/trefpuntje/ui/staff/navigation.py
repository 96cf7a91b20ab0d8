"""Opening the staff screens from the main window: each is built on first use and
shown only while staff mode is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from trefpuntje.ui.screens.base import Screen

if TYPE_CHECKING:
    from trefpuntje.db.engine import Database
    from trefpuntje.ui.main_window import MainWindow


class StaffScreens:
    """Mixed into MainWindow: the staff screens and the signals of the staff home."""

    def _connect_staff_home(self: MainWindow) -> None:
        home = self.staff_home
        home.about_requested.connect(self.open_about)
        home.activities_requested.connect(self.open_activities_admin)
        home.members_requested.connect(self.open_members_admin)
        home.schedule_requested.connect(self.open_schedule_print)
        home.till_requested.connect(self.open_till_admin)
        home.price_list_requested.connect(self.open_price_list)
        home.hours_requested.connect(self.open_hours_admin)
        home.meals_requested.connect(self.open_meal_offers)
        home.meal_pickup_requested.connect(self.open_meal_pickup)
        home.shop_requested.connect(self.open_shop_admin)
        home.shop_counter_requested.connect(self.open_shop_counter)

    def _open_staff_screen(self: MainWindow, key: str, build: Callable[[Database], Screen]) -> Screen | None:
        """Show a staff screen (built on first use); only while staff mode is open."""
        if self.staff is None or self.database is None:
            return None
        if key not in self.staff_screens:
            self.staff_screens[key] = self._add(build(self.database))
        screen = self.staff_screens[key]
        self.stack.setCurrentWidget(screen)
        return screen

    def open_activities_admin(self: MainWindow) -> None:
        from trefpuntje.ui.staff.activities_admin import ActivitiesAdmin

        screen = self._open_staff_screen("activities", lambda db: ActivitiesAdmin(db, self.clock))
        if screen is not None and self.staff is not None:
            screen.staff_id = screen.form.staff_id = self.staff.id  # type: ignore[attr-defined]
            screen.refresh()  # type: ignore[attr-defined]

    def open_members_admin(self: MainWindow) -> None:
        from trefpuntje.ui.staff.members_admin import MembersAdmin

        screen = self._open_staff_screen("members", lambda db: MembersAdmin(db, self.languages))
        if screen is not None and self.staff is not None:
            screen.reset()
            screen.staff_id = self.staff.id  # type: ignore[attr-defined]

    def open_schedule_print(self: MainWindow) -> None:
        from trefpuntje.ui.staff.schedule_print import SchedulePrint

        screen = self._open_staff_screen("schedule", lambda db: SchedulePrint(db, self.clock, self.languages))
        if screen is not None:
            screen.reset()
            screen.show_week(screen.monday)  # type: ignore[attr-defined]

    def open_till_admin(self: MainWindow) -> None:
        from trefpuntje.ui.staff.till_admin import TillAdmin

        def build(database: Database) -> Screen:
            admin = TillAdmin(database, self.clock, self.languages)
            admin.go_to_till.connect(lambda: self.open_area("coffee"))
            return admin

        screen = self._open_staff_screen("till", build)
        if screen is not None and self.staff is not None:
            screen.open_for(self.staff)  # type: ignore[attr-defined]

    def open_price_list(self: MainWindow) -> None:
        from trefpuntje.ui.staff.price_list import PriceListAdmin

        screen = self._open_staff_screen("price_list", PriceListAdmin)
        if screen is not None and self.staff is not None:
            screen.staff_id = self.staff.id  # type: ignore[attr-defined]
            screen.refresh()  # type: ignore[attr-defined]

    def open_hours_admin(self: MainWindow) -> None:
        from trefpuntje.ui.staff.hours_admin import HoursAdmin

        screen = self._open_staff_screen("hours", lambda db: HoursAdmin(db, lambda: self.clock()))
        if screen is not None and self.staff is not None:
            screen.open_for(self.staff)  # type: ignore[attr-defined]

    def open_meal_offers(self: MainWindow) -> None:
        from trefpuntje.ui.staff.meal_offer import MealOfferForm

        def build(database: Database) -> Screen:
            form = MealOfferForm(database, lambda: self.clock())
            form.message.connect(lambda text, problem: self.notify(text, error=problem))
            return form

        screen = self._open_staff_screen("meals", build)
        if screen is not None and self.staff is not None:
            screen.open_for(self.staff)  # type: ignore[attr-defined]

    def open_meal_pickup(self: MainWindow) -> None:
        from trefpuntje.ui.screens.meal_pickup import MealPickupScreen

        def build(database: Database) -> Screen:
            pickup = MealPickupScreen(database, lambda: self.clock())
            pickup.message.connect(lambda text, problem: self.notify(text, error=problem))
            pickup.till_requested.connect(self.open_till_admin)
            return pickup

        screen = self._open_staff_screen("meal_pickup", build)
        if screen is not None and self.staff is not None:
            screen.open_for(self.staff)  # type: ignore[attr-defined]

    def open_shop_admin(self: MainWindow) -> None:
        from trefpuntje.ui.staff.shop_admin import ShopAdmin

        # Its own message line says what happened: the window's banner would push it past 800 px.
        screen = self._open_staff_screen("shop", lambda db: ShopAdmin(db, lambda: self.clock()))
        if screen is not None and self.staff is not None:
            screen.open_for(self.staff)  # type: ignore[attr-defined]

    def open_shop_counter(self: MainWindow) -> None:
        from trefpuntje.ui.staff.shop_counter import ShopCounterScreen

        def build(database: Database) -> Screen:
            counter = ShopCounterScreen(database, lambda: self.clock())
            counter.message.connect(lambda text, problem: self.notify(text, error=problem))
            counter.till_requested.connect(self.open_till_admin)
            return counter

        screen = self._open_staff_screen("shop_counter", build)
        if screen is not None and self.staff is not None:
            screen.open_for(self.staff)  # type: ignore[attr-defined]

    def open_about(self: MainWindow) -> None:
        from trefpuntje.ui.screens.about import AboutScreen

        if self.about is None:
            self.about = self._add(AboutScreen())
            self.about.go_back.connect(self.open_staff_mode)
        self.stack.setCurrentWidget(self.about)
